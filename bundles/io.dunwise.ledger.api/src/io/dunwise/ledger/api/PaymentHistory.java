package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.function.Consumer;

/** How customers paid their invoices: the history payment predictions are trained on (R12, spec section 8). */
public interface PaymentHistory {

    /**
     * Every invoice (credit notes aside) dated on or before {@code asOf}, whether settled by payments or still open,
     * by customer, invoice date and id, read a page at a time. An invoice closed without a payment (written off,
     * or imported closed) says nothing about its customer's habits and is left out.
     */
    void forEach(LocalDate asOf, Consumer<InvoiceOutcome> action);
}
