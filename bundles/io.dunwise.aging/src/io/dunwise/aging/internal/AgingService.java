package io.dunwise.aging.internal;

import io.dunwise.aging.AgedBalances;
import io.dunwise.aging.AgedList;
import io.dunwise.aging.AgedQuery;
import io.dunwise.ledger.api.AgingRequest;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Pool;
import io.dunwise.model.StrategyFile;
import io.dunwise.pools.PoolMembership;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Snapshots made by the ledger's database in one statement; lists read from each customer's latest snapshot. */
@Component(service = AgedBalances.class)
public final class AgingService implements AgedBalances {

    private final PoolMembership membership;

    @Activate
    public AgingService(@Reference PoolMembership membership) {
        this.membership = membership;
    }

    @Override
    public AgingSnapshot snapshot(List<StrategyFile> files, Ledger ledger, LocalDate asOf, String pool) {
        StrategyFiles strategies = new StrategyFiles(files);
        if (pool == null) {
            AgingPeriods definition = strategies.defaultDefinition();
            return ledger.aging().create(new AgingRequest(asOf, definition.name(), definition.basis(),
                    definition.on(asOf), null, null));
        }
        Pool chosen = strategies.pool(pool);
        AgingPeriods definition = strategies.definitionOf(chosen);
        return ledger.aging().create(new AgingRequest(asOf, definition.name(), definition.basis(),
                definition.on(asOf), chosen.getName(), membership.members(chosen, ledger, asOf)));
    }

    @Override
    public AgedList list(List<StrategyFile> files, Ledger ledger, AgedQuery query) {
        Predicate<String> listed = customers(new StrategyFiles(files), ledger, query);
        Map<Long, AgingSnapshot> snapshots = new HashMap<>();
        ledger.aging().snapshots().forEach(snapshot -> snapshots.put(snapshot.id(), snapshot));
        AgedListing listing = new AgedListing(query.limit());
        ledger.aging().forEachLatest(balance -> {
            if (listed.test(balance.customerId())) {
                listing.add(balance);
            }
        });
        return listing.result(snapshots);
    }

    private Predicate<String> customers(StrategyFiles strategies, Ledger ledger, AgedQuery query) {
        if (query.pool() != null) {
            return membership.members(strategies.pool(query.pool()), ledger, query.asOf())::contains;
        }
        if (query.agent() != null) {
            Set<String> members = new HashSet<>();
            for (Pool pool : strategies.poolsOf(query.agent())) {
                members.addAll(membership.members(pool, ledger, query.asOf()));
            }
            return members::contains;
        }
        return customer -> true;
    }
}
