package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** One action of the process history as stored; pending ones are the outbox (R16). */
@Entity
@Table(name = "process_history")
public class StoredHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_id")
    @SequenceGenerator(name = "history_id", sequenceName = "history_id", allocationSize = 50)
    private long id;
    @Column(name = "run_id")
    private String runId;
    @Column(name = "action_date")
    private LocalDate date;
    @Column(name = "customer_id")
    private String customerId;
    private String strategy;
    private String step;
    @Column(name = "action_type")
    private String actionType;
    @Column(name = "invoice_ids")
    @Convert(converter = IdList.class)
    private List<String> invoiceIds;
    @Convert(converter = IdList.class)
    private List<String> recipients;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String reason;

    /** The width of {@code process_history.reason} ({@code V1__ledger.sql}). */
    static final int REASON_WIDTH = 1_000;

    protected StoredHistoryEntry() {
    }

    static StoredHistoryEntry of(HistoryEntry entry) {
        StoredHistoryEntry stored = new StoredHistoryEntry();
        stored.runId = entry.runId();
        stored.date = entry.date();
        stored.customerId = entry.customerId();
        stored.strategy = entry.strategy();
        stored.step = entry.step();
        stored.actionType = entry.actionType();
        stored.invoiceIds = entry.invoiceIds();
        stored.recipients = entry.recipients();
        stored.outcome = entry.outcome();
        stored.reason = fitted(entry.reason());
        return stored;
    }

    /**
     * A reason as the history keeps it: cut to its column's 1,000 characters. A reason is for people, and often
     * quotes what a handler met (an address, a server's answer); a long one must not make the history refuse the
     * action, which would stop the run for one customer's data (issue 18 §3).
     */
    static String fitted(String reason) {
        return reason == null || reason.length() <= REASON_WIDTH ? reason
                : reason.substring(0, REASON_WIDTH - 1) + "…";
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(id, runId, date, customerId, strategy, step, actionType, invoiceIds, recipients,
                outcome, reason);
    }

    void complete(Outcome newOutcome, String newReason, List<String> newRecipients) {
        outcome = newOutcome;
        reason = fitted(newReason);
        if (!newRecipients.isEmpty()) {
            recipients = newRecipients;
        }
    }
}
