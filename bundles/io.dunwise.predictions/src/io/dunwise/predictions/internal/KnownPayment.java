package io.dunwise.predictions.internal;

import io.dunwise.ledger.api.InvoiceOutcome;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What was known, before a date, of how an invoice was paid: on time or late, and how many days late. An invoice
 * settled before the date is known either way; one still open after its due date is known to be late (by the days
 * it has been overdue so far); any other is not known yet. Nothing later than the date is ever looked at, so that
 * neither a feature nor a label uses the future.
 */
record KnownPayment(LocalDate dueDate, boolean late, long daysLate) {

    static Optional<KnownPayment> before(InvoiceOutcome invoice, LocalDate date) {
        Optional<LocalDate> settled = invoice.settledOn().filter(day -> day.isBefore(date));
        if (settled.isPresent()) {
            long daysLate = Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), settled.get()));
            return Optional.of(new KnownPayment(invoice.dueDate(), daysLate > 0, daysLate));
        }
        if (invoice.dueDate().isBefore(date)) {
            return Optional.of(new KnownPayment(invoice.dueDate(), true,
                    ChronoUnit.DAYS.between(invoice.dueDate(), date)));
        }
        return Optional.empty();
    }
}
