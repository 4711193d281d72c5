package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Invoice;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R7: the leading invoice of a customer is its open invoice with the earliest due date; ties break on the
 * earlier invoice date, then the smaller id. Disputed and promised invoices do not lead (R26).
 */
public final class LeadingInvoice {

    static final Comparator<Invoice> ORDER = Comparator.comparing(Invoice::dueDate)
            .thenComparing(Invoice::invoiceDate)
            .thenComparing(Invoice::id);

    private LeadingInvoice() {
    }

    public static Optional<Invoice> of(List<Invoice> invoices) {
        return invoices.stream()
                .filter(Invoice::isChased)
                .min(ORDER);
    }
}
