package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice with how it was paid, as payment predictions learn from it (R12, spec section 8): the date it was
 * settled — the date of the payment that settled its last part — or empty while it is open.
 */
public record InvoiceOutcome(String invoiceId, String customerId, LocalDate invoiceDate, LocalDate dueDate,
        Amount amount, Optional<LocalDate> settledOn) {

    public InvoiceOutcome {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settledOn, "settledOn");
    }

    /** Whether it was settled on or before {@code date}: what was known of it on that date. */
    public boolean isSettledBy(LocalDate date) {
        return settledOn.filter(settled -> !settled.isAfter(date)).isPresent();
    }
}
