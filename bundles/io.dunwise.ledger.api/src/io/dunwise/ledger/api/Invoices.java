package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The invoices and credit notes of a ledger. */
public interface Invoices {

    long count();

    Optional<Invoice> find(String id);

    /** The invoices of one customer, by due date, invoice date and id. */
    List<Invoice> ofCustomer(String customerId);

    /** Every invoice by id, read a page at a time. */
    void forEach(Consumer<Invoice> action);

    /** Marks an open invoice disputed (R26); fails if the invoice is unknown or settled. */
    Invoice dispute(String invoiceId);

    /** Records a promise to pay (R26); the amount is in the invoice's currency. */
    Invoice promise(String invoiceId, LocalDate date, Amount amount);

    /** Ends a dispute or a promise: the invoice is chased again. */
    Invoice reopen(String invoiceId);
}
