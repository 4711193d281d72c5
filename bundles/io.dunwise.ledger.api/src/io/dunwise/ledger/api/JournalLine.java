package io.dunwise.ledger.api;

import java.util.Objects;

/**
 * One line of a journal entry: a signed amount on a ledger account (positive debit, negative credit), and the
 * customer, invoice or payment it concerns where there is one.
 */
public record JournalLine(String account, Amount amount, String customerId, String invoiceId, String paymentId) {

    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }
}
