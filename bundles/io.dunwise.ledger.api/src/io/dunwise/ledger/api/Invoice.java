package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An open transaction of a customer (spec section 1). A positive open amount means open; a credit note is a
 * transaction with a negative amount. A {@link InvoiceStatus#PROMISED promised} invoice carries the date and
 * amount the customer promised (R26); other invoices have neither.
 */
public record Invoice(String id, String customerId, LocalDate invoiceDate, LocalDate dueDate, Amount amount,
        Amount openAmount, InvoiceStatus status, LocalDate promiseDate, Amount promisedAmount) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(openAmount, "openAmount");
        Objects.requireNonNull(status, "status");
        if (!amount.currency().equals(openAmount.currency())) {
            throw new IllegalArgumentException("invoice " + id + " is in " + amount.currency()
                    + " but its open amount in " + openAmount.currency());
        }
        if (promisedAmount != null && !promisedAmount.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("invoice " + id + " is in " + amount.currency()
                    + " but its promise in " + promisedAmount.currency());
        }
    }

    /** An invoice without a promise to pay. */
    public Invoice(String id, String customerId, LocalDate invoiceDate, LocalDate dueDate, Amount amount,
            Amount openAmount, InvoiceStatus status) {
        this(id, customerId, invoiceDate, dueDate, amount, openAmount, status, null, null);
    }

    public String currency() {
        return amount.currency();
    }

    public boolean isOpen() {
        return openAmount.isPositive();
    }

    public boolean isCreditNote() {
        return amount.value().signum() < 0;
    }

    /** Open and neither disputed nor promised: the automation chases it (R26). */
    public boolean isChased() {
        return isOpen() && status == InvoiceStatus.OPEN;
    }
}
