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

/** Pool membership evaluated in memory, customer by customer. */
@Component(service = PoolMembership.class)
public class InMemoryPoolMembership implements PoolMembership {

    @Override
    public boolean holds(Pool pool, Customer customer, List<Invoice> openInvoices, LocalDate asOf) {
        return new ConditionEvaluator(customer, openInvoices).test(pool.getCondition());
    }

    @Override
    public Set<String> members(Pool pool, Ledger ledger, LocalDate asOf) {
        throw new UnsupportedOperationException("pushed-down pool resolution is being written");
    }
}
