package io.dunwise.ledger.api;

import java.util.List;
import java.util.Optional;

/** Collections cases (R24). */
public interface Cases {

    /** Opens a case and returns it with its id. */
    CollectionsCase open(CollectionsCase collectionsCase);

    Optional<CollectionsCase> find(long id);

    List<CollectionsCase> ofCustomer(String customerId);

    CollectionsCase changeStatus(long id, String status);

    /** Gives the case to an agent, or to no one when {@code ownerId} is null. */
    CollectionsCase changeOwner(long id, String ownerId);

    /** Adds invoices to the case; those it holds already stay once. */
    CollectionsCase addInvoices(long id, List<String> invoiceIds);

    /** Every case, by id. */
    List<CollectionsCase> all();
}
