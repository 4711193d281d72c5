package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import io.dunwise.pools.PoolMembership;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * R5 for a whole strategy at once, the assignment preview of a strategy: the pools of the strategy and of every
 * strategy of smaller rank are evaluated by the database, one query each; then one pass over the customers applies
 * holds and manual assignments.
 */
final class StrategyMembers {

    private final List<Strategy> strategies;
    private final PoolMembership pools;

    StrategyMembers(List<Strategy> strategies, PoolMembership pools) {
        this.strategies = strategies;
        this.pools = pools;
    }

    SortedSet<String> of(String name, Ledger ledger, LocalDate asOf) {
        Strategy strategy = strategies.stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no strategy " + name + " in the set; strategies: "
                        + String.join(", ", strategies.stream().map(Strategy::getName).sorted().toList())));
        Set<String> candidates = strategy.getPool() == null ? Set.of()
                : new HashSet<>(pools.members(strategy.getPool(), ledger, asOf));
        for (Strategy before : strategies) {
            if (before.getRank() < strategy.getRank() && before.getPool() != null && !candidates.isEmpty()) {
                candidates.removeAll(pools.members(before.getPool(), ledger, asOf));
            }
        }
        SortedSet<String> members = new TreeSet<>();
        ledger.customers().forEach(customer -> {
            if (!customer.isOnHold(asOf) && isMember(customer, name, candidates)) {
                members.add(customer.id());
            }
        });
        return members;
    }

    private static boolean isMember(Customer customer, String name, Set<String> candidates) {
        return Optional.ofNullable(customer.manualStrategy())
                .map(manual -> manual.equals(name))
                .orElseGet(() -> candidates.contains(customer.id()));
    }
}
