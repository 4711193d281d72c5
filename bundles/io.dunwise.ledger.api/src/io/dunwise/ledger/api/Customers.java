package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The customers of a ledger with their contacts (spec section 1). */
public interface Customers {

    long count();

    Optional<Customer> find(String id);

    /** Every customer by id. Holds them all in memory: for large ledgers prefer {@link #forEach}. */
    List<Customer> all();

    /** Every customer by id, read a page at a time. */
    void forEach(Consumer<Customer> action);

    /** The contacts of a customer in their order. */
    List<Contact> contacts(String customerId);

    /** Every contact, by customer and position, read a page at a time. */
    void forEachContact(Consumer<Contact> action);

    /** Puts a customer on hold (excluded from all automation, R5) or takes it off. */
    void setOnHold(String customerId, boolean onHold);

    /**
     * Records that email to a customer's address bounced or was refused (R30): its contacts with that address are
     * {@link Contact#bounced()} from then on, across imports, until {@link #clearBounce}.
     */
    void recordBounce(String customerId, String email, LocalDate date, String reason);

    /** Clears a bounce: automation writes to the address again. */
    void clearBounce(String customerId, String email);

    /** Puts a customer on hold in Dunwise (R26) until {@code hold}'s resume date, or until released. */
    void hold(String customerId, Hold hold);

    /** Ends a hold put on in Dunwise; the imported on-hold flag is the ledger's and stays as it is. */
    void release(String customerId);

    /**
     * Assigns a customer to a strategy by hand (R5), whatever its pools say; null ends the manual assignment. The
     * ledger does not know strategies: the engine reports an assignment to a strategy that is not in the set.
     */
    void assign(String customerId, String strategy);

    /**
     * The ids of the customers the filter holds on {@code asOf}, answered by the store in one query, exactly as
     * {@link CustomerFilter} defines it (missing values, case, the measures of the date). Customers on hold are
     * matched like any other: excluding them is the automation's business (R5).
     */
    Set<String> matching(CustomerFilter filter, LocalDate asOf);
}
