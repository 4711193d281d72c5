package io.dunwise.pools;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Decides which customers a pool holds on a run date (R1, R2). A pool without a condition holds every customer.
 * The two methods give the same answer: one evaluates a customer already in memory, the other asks the
 * database for every member at once.
 */
public interface PoolMembership {

    /**
     * Whether the pool holds one customer on {@code asOf}, evaluated in memory.
     *
     * @param openInvoices the customer's open invoices, for conditions on the balance and the overdue days
     */
    boolean holds(Pool pool, Customer customer, List<Invoice> openInvoices, LocalDate asOf);

    /** The ids of every customer the pool holds on {@code asOf}, the condition evaluated by the database. */
    Set<String> members(Pool pool, Ledger ledger, LocalDate asOf);
}
