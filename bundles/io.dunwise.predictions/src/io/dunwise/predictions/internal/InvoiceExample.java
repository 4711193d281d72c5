package io.dunwise.predictions.internal;

import io.dunwise.ledger.api.InvoiceOutcome;
import java.time.LocalDate;
import java.util.Optional;

/** An invoice with its features; its label is what was known of its payment before a given date. */
record InvoiceExample(InvoiceOutcome invoice, PaymentFeatures features) {

    /** Late or on time as known before {@code date}; empty while not known (open and not yet overdue). */
    Optional<Boolean> lateAsKnownBefore(LocalDate date) {
        return KnownPayment.before(invoice, date).map(KnownPayment::late);
    }

    /** Open on {@code date} and not yet due: what R12 predicts for. */
    boolean isOpenAndNotDueOn(LocalDate date) {
        return !invoice.isSettledBy(date) && !invoice.dueDate().isBefore(date) && !invoice.invoiceDate().isAfter(date);
    }
}
