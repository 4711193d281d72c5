package io.dunwise.pools;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Pool;
import java.util.List;

/** Decides whether a customer is in a pool (R1). A pool without a condition holds every customer. */
public interface PoolMembership {

    /**
     * @param openInvoices the customer's open invoices, for conditions on the balance
     */
    boolean holds(Pool pool, Customer customer, List<Invoice> openInvoices);
}
