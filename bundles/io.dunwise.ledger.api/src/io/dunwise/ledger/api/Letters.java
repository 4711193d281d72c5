package io.dunwise.ledger.api;

import java.util.List;

/** Collection letters (R15, R29). */
public interface Letters {

    /**
     * Posts a letter and returns it with the next number of the letter sequence. A letter of an action
     * ({@link CollectionLetter#actionId()}) is posted once: posting it again returns the one posted.
     */
    CollectionLetter post(CollectionLetter letter);

    /** The letters of a customer, newest first. */
    List<CollectionLetter> ofCustomer(String customerId);
}
