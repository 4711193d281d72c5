package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open transaction of a customer (spec section 1). A positive open amount means open; a credit note is a
 * transaction with a negative amount.
 */
public record Invoice(String id, String customerId, LocalDate invoiceDate, LocalDate dueDate, Amount amount,
        Amount openAmount, InvoiceStatus status) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(openAmount, "openAmount");
        Objects.requireNonNull(status, "status");
    }

    public boolean isOpen() {
        return openAmount.isPositive();
    }

    /** Open and neither disputed nor promised: the automation chases it (R26). */
    public boolean isChased() {
        return isOpen() && status == InvoiceStatus.OPEN;
    }
}
