package io.dunwise.ledger.api;

import java.util.List;

/** Collections activities (R13). */
public interface Activities {

    /**
     * Stores a new activity and returns it with its id. An activity of an action ({@link Activity#actionId()}) is
     * stored once: creating it again returns the one stored.
     */
    Activity create(Activity activity);

    /** The activities of a customer, newest first. */
    List<Activity> ofCustomer(String customerId);

    Activity complete(long id);
}
