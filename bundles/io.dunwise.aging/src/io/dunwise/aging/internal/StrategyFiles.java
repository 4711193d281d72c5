package io.dunwise.aging.internal;

import io.dunwise.aging.UnknownPoolOrAgent;
import io.dunwise.model.Parameters;
import io.dunwise.model.Pool;
import io.dunwise.model.StrategyFile;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What aging needs from a set of strategy files: its pools, their owners and definitions, the parameters. */
record StrategyFiles(List<StrategyFile> files) {

    List<Pool> pools() {
        return elements(Pool.class);
    }

    Pool pool(String name) {
        return pools().stream().filter(pool -> name.equals(pool.getName())).findFirst()
                .orElseThrow(() -> new UnknownPoolOrAgent("no pool " + name + " in the strategy files; pools: "
                        + names(pools())));
    }

    /** The pools an agent owns (R2); an agent who owns none is refused, with the agents who own some. */
    List<Pool> poolsOf(String agent) {
        List<Pool> owned = pools().stream().filter(pool -> agent.equals(pool.getOwner())).toList();
        if (owned.isEmpty()) {
            String owners = pools().stream().map(Pool::getOwner).filter(Objects::nonNull).distinct().sorted()
                    .collect(Collectors.joining(", "));
            throw new UnknownPoolOrAgent("agent " + agent + " owns no pool in the strategy files; owners: "
                    + (owners.isEmpty() ? "none" : owners));
        }
        return owned;
    }

    /** The definition a pool ages by (R19): its own, else the default. */
    AgingPeriods definitionOf(Pool pool) {
        return pool.getAging() != null ? AgingPeriods.of(pool.getAging()) : defaultDefinition();
    }

    /** The parameter {@code default aging} (R25), else the standard definition. */
    AgingPeriods defaultDefinition() {
        return elements(Parameters.class).stream().map(Parameters::getDefaultAging).filter(Objects::nonNull)
                .findFirst().map(AgingPeriods::of).orElse(AgingPeriods.STANDARD);
    }

    private <T> List<T> elements(Class<T> type) {
        return files.stream().flatMap(file -> file.getElements().stream()).filter(type::isInstance).map(type::cast)
                .toList();
    }

    private static String names(List<Pool> pools) {
        return pools.isEmpty() ? "none" : pools.stream().map(Pool::getName).collect(Collectors.joining(", "));
    }
}
