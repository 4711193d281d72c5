package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.JournalLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a journal entry as stored. */
@Embeddable
public class StoredJournalLine {

    private String account;
    private BigDecimal amount;
    private String currency;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "invoice_id")
    private String invoiceId;
    @Column(name = "payment_id")
    private String paymentId;

    protected StoredJournalLine() {
    }

    static StoredJournalLine of(JournalLine line) {
        StoredJournalLine stored = new StoredJournalLine();
        stored.account = line.account();
        stored.amount = line.amount().value();
        stored.currency = line.amount().currency();
        stored.customerId = line.customerId();
        stored.invoiceId = line.invoiceId();
        stored.paymentId = line.paymentId();
        return stored;
    }

    JournalLine toLine() {
        return new JournalLine(account, Money.amount(amount, currency), customerId, invoiceId, paymentId);
    }
}
