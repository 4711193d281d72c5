package io.dunwise.cli.internal;

import io.dunwise.aging.AgedBalances;
import io.dunwise.aging.UnknownPoolOrAgent;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Ledger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise snapshot}: an aging snapshot of every customer or of a pool's members (R19, R20). */
@Command(name = "snapshot", description = {"Make an aging snapshot of every customer, or of a pool's members (R20).",
    "The pool's own aging definition is used, else the parameter 'default aging', else the standard one."})
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StrategyOptions options;

    @Option(names = "--pool", paramLabel = "ID", description = "Only this pool's members, with its aging definition.")
    String pool;

    private final Services services;
    private final AgedBalances aging;

    SnapshotCommand(Services services, AgedBalances aging) {
        this.services = services;
        this.aging = aging;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.valid(services.loader(), options.strategies);
        try (Ledger ledger = services.openLedger()) {
            long started = System.nanoTime();
            AgingSnapshot snapshot = aging.snapshot(set.contents(), ledger, options.asOf(), pool);
            long millis = (System.nanoTime() - started) / 1_000_000;
            spec.commandLine().getOut().printf("snapshot %d on %s of %s by %s (%s): %d customers in %d ms%n",
                    snapshot.id(), snapshot.asOf(), snapshot.pool() == null ? "every customer" : "pool " + snapshot.pool(),
                    snapshot.definition(), String.join(" | ", snapshot.labels()), snapshot.customers(), millis);
        } catch (UnknownPoolOrAgent e) {
            throw new BadInputException(e.getMessage());
        }
        return ExitCode.OK;
    }
}
