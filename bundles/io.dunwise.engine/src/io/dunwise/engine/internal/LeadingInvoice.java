package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Invoice;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R7: the leading invoice of a customer is its chased invoice with the earliest due date; ties break on the
 * earlier invoice date, then the smaller id. Which invoices are chased on a date is {@link Promises}' answer (R26).
 */
final class LeadingInvoice {

    static final Comparator<Invoice> ORDER = Comparator.comparing(Invoice::dueDate)
            .thenComparing(Invoice::invoiceDate)
            .thenComparing(Invoice::id);

    private LeadingInvoice() {
    }

    static Optional<Invoice> of(List<Invoice> chased) {
        return chased.stream().min(ORDER);
    }
}
