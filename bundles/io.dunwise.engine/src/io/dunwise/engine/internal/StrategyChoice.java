package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Strategy;
import io.dunwise.pools.PoolMembership;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R5: the strategy a customer is in on a run date. On hold: none. Assigned by hand: that strategy. Otherwise the
 * strategy of smallest rank whose pool holds the customer; none when no pool does.
 */
final class StrategyChoice {

    /** The choice and why, as the assignment previews and the explanation (R28) say it. */
    record Choice(Optional<Strategy> strategy, String why) {
    }

    private final List<Strategy> byRank;
    private final PoolMembership pools;

    StrategyChoice(List<Strategy> strategies, PoolMembership pools) {
        this.byRank = strategies.stream().sorted(Comparator.comparingInt(Strategy::getRank)).toList();
        this.pools = pools;
    }

    Choice of(Customer customer, List<Invoice> openInvoices, LocalDate asOf) {
        if (customer.isOnHold(asOf)) {
            return new Choice(Optional.empty(), onHold(customer));
        }
        if (customer.manualStrategy() != null) {
            Optional<Strategy> manual = byRank.stream()
                    .filter(strategy -> strategy.getName().equals(customer.manualStrategy())).findFirst();
            return new Choice(manual, manual.isPresent() ? "assigned by hand to " + customer.manualStrategy()
                    : "assigned by hand to " + customer.manualStrategy() + ", which is not in the strategy set:"
                            + " in no process until the assignment is changed");
        }
        List<Strategy> matching = byRank.stream()
                .filter(strategy -> strategy.getPool() != null
                        && pools.holds(strategy.getPool(), customer, openInvoices, asOf))
                .toList();
        if (matching.isEmpty()) {
            return new Choice(Optional.empty(), "no strategy's pool holds the customer");
        }
        Strategy chosen = matching.get(0);
        return new Choice(Optional.of(chosen), "pool " + chosen.getPool().getName() + " holds the customer; rank "
                + chosen.getRank() + " is the smallest of " + matching.size() + " matching ("
                + String.join(", ", matching.stream().map(Strategy::getName).toList()) + ")");
    }

    private static String onHold(Customer customer) {
        if (customer.hold() == null || customer.onHold()) {
            return "on hold in the ledger: in no process";
        }
        return "on hold (" + customer.hold().reason() + ")"
                + (customer.hold().resumeDate() == null ? " until released" : " until " + customer.hold().resumeDate())
                + ": in no process";
    }
}
