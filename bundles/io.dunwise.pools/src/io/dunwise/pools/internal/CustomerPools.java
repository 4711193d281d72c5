package io.dunwise.pools.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Pool;
import io.dunwise.pools.PoolMembership;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Pool membership (R1): the pool's condition becomes a {@code CustomerFilter}, evaluated in memory for one customer
 * or by the ledger's database for all of them, with the same answer.
 */
@Component(service = PoolMembership.class)
public class CustomerPools implements PoolMembership {

    @Override
    public boolean holds(Pool pool, Customer customer, List<Invoice> openInvoices, LocalDate asOf) {
        return new CustomerFacts(customer, openInvoices, asOf).satisfy(PoolFilters.of(pool.getCondition()));
    }

    @Override
    public Set<String> members(Pool pool, Ledger ledger, LocalDate asOf) {
        return ledger.customers().matching(PoolFilters.of(pool.getCondition()), asOf);
    }
}
