package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Strategy;
import io.dunwise.pools.PoolMembership;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R5: a customer on hold is in no process; otherwise it is in the strategy of smallest rank whose pool holds it.
 */
public final class Assignment {

    private final List<Strategy> byRank;
    private final PoolMembership pools;

    public Assignment(List<Strategy> strategies, PoolMembership pools) {
        this.byRank = strategies.stream().sorted(Comparator.comparingInt(Strategy::getRank)).toList();
        this.pools = pools;
    }

    public Optional<Strategy> of(Customer customer, List<Invoice> openInvoices) {
        if (customer.onHold()) {
            return Optional.empty();
        }
        return byRank.stream()
                .filter(strategy -> strategy.getPool() != null && pools.holds(strategy.getPool(), customer, openInvoices))
                .findFirst();
    }
}
