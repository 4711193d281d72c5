package io.dunwise.pools.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Pool;
import io.dunwise.pools.PoolMembership;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Pool membership evaluated in memory, customer by customer. */
@Component(service = PoolMembership.class)
public class InMemoryPoolMembership implements PoolMembership {

    @Override
    public boolean holds(Pool pool, Customer customer, List<Invoice> openInvoices) {
        return new ConditionEvaluator(customer, openInvoices).test(pool.getCondition());
    }
}
