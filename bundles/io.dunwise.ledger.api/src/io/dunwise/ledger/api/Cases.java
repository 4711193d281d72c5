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
}
