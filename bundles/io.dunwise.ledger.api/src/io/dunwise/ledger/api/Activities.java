package io.dunwise.ledger.api;

import java.util.List;

/** Collections activities (R13). */
public interface Activities {

    /** Stores a new activity and returns it with its id. */
    Activity create(Activity activity);

    /** The activities of a customer, newest first. */
    List<Activity> ofCustomer(String customerId);

    Activity complete(long id);
}
