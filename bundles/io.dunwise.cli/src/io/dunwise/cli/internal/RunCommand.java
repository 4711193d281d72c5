package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.RunReport;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Outcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise run}: decides every customer's actions for a date, writes each to the process history and hands
 * it to its handler (R16). Exit 1 when an action failed.
 */
@Command(name = "run", description = "Perform the actions due on a date, recording each in the process history first"
        + " (R16); exit 1 when an action failed.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StrategyOptions options;

    @Mixin
    ReportOptions output;

    private final Services services;

    RunCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.valid(services.loader(), options.strategies);
        RunReport report;
        ProgressBar bar = ProgressBar.of(spec);
        try (Ledger ledger = services.openLedger()) {
            report = services.runs().run(set.strategies(), ledger, options.asOf(),
                    (done, total) -> bar.show("customers", done, total));
        } finally {
            bar.finish();
        }
        List<HistoryEntry> all = Stream.concat(report.resumed().stream(), report.entries().stream()).toList();
        new ActionsReport(all.stream().map(ActionRow::of).toList())
                .print(out(), output.format, output.totalsOnly);
        if (output.format == OutputFormat.table) {
            out().printf("Run %s as of %s: %d customers, %d actions recorded (%d from the outbox of earlier runs)%n",
                    report.runId(), report.asOf(), report.customers(), all.size(), report.resumed().size());
            long waiting = all.stream().filter(entry -> entry.outcome() == Outcome.PENDING).count();
            if (waiting > 0) {
                out().printf("%d actions wait in the outbox for a later run (see dunwise history --pending)%n", waiting);
            }
        }
        return all.stream().anyMatch(entry -> entry.outcome() == Outcome.FAILED) ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
