package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Ledger;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dunwise simulate}: the actions a run would perform on a date, changing nothing (R17). */
@Command(name = "simulate", description = "Show the actions a run would perform on a date, changing nothing (R17).")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StrategyOptions options;

    @Mixin
    ReportOptions output;

    private final Services services;

    SimulateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.valid(services.loader(), options.strategies);
        List<ActionRow> rows = new ArrayList<>();
        long[] customers = {0, 0};
        ProgressBar bar = ProgressBar.of(spec);
        try (Ledger ledger = services.openLedger()) {
            services.engine().simulate(set.strategies(), ledger, options.asOf(),
                    (done, total) -> bar.show("customers", done, total), decision -> {
                        customers[0]++;
                        if (decision.actions().stream().anyMatch(PlannedAction::isToPerform)) {
                            customers[1]++;
                        }
                        decision.actions().stream().map(ActionRow::of).forEach(rows::add);
                    });
        } finally {
            bar.finish();
        }
        new ActionsReport(rows).print(out(), output.format, output.totalsOnly);
        if (output.format == OutputFormat.table) {
            out().printf("Simulation as of %s: %d actions for %d of %d customers; nothing was changed%n",
                    options.asOf(), rows.stream().filter(row -> row.outcome().equals("planned")).count(), customers[1],
                    customers[0]);
        }
        return ExitCode.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
