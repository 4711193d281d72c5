package io.dunwise.ledger.api;

import java.util.Optional;
import java.util.function.Consumer;

/** The ledger read customer by customer for the step engine: each {@link Account} in one piece. */
public interface Accounts {

    /** One customer's account, or empty if there is no such customer. */
    Optional<Account> find(String customerId);

    /**
     * Every customer's account by customer id, read a page of customers at a time, so that memory stays flat
     * whatever the size of the ledger.
     */
    void forEach(Consumer<Account> action);
}
