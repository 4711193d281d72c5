package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One action of the process history (R16), written before the action has any outside effect: while its outcome
 * is {@link Outcome#PENDING} it is in the outbox. {@code id} is 0 until the ledger stores it; {@code step} and
 * {@code strategy} may be null for actions outside a strategy (an exclusion, a broken promise); {@code reason}
 * says why an action failed or was skipped.
 */
public record HistoryEntry(long id, String runId, LocalDate date, String customerId, String strategy, String step,
        String actionType, List<String> invoiceIds, List<String> recipients, Outcome outcome, String reason) {

    public HistoryEntry {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(actionType, "actionType");
        Objects.requireNonNull(outcome, "outcome");
        invoiceIds = List.copyOf(invoiceIds);
        recipients = List.copyOf(recipients);
    }

    public HistoryEntry withOutcome(Outcome newOutcome, String newReason) {
        return new HistoryEntry(id, runId, date, customerId, strategy, step, actionType, invoiceIds, recipients,
                newOutcome, newReason);
    }
}
