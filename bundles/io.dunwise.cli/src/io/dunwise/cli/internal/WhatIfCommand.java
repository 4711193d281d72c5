package io.dunwise.cli.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.Difference;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Ledger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise whatif}: a proposed strategy set against the current one over a date range (R27), the customers
 * and days where they act differently. Nothing is changed.
 */
@Command(name = "whatif", description = "Compare a proposed strategy set with the current one over a date range (R27);"
        + " nothing is changed.")
final class WhatIfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--strategies", required = true, paramLabel = "PATH", split = ",",
            description = "The proposed strategy files or folders.")
    List<Path> proposed;

    @Option(names = "--against", required = true, paramLabel = "PATH", split = ",",
            description = "The current strategy files or folders.")
    List<Path> current;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day replayed.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last day replayed.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    private final Services services;

    WhatIfCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new BadInputException("--to " + to + " is before --from " + from);
        }
        StrategySet proposedSet = StrategySets.valid(services.loader(), proposed);
        StrategySet currentSet = StrategySets.valid(services.loader(), current);
        List<Difference> differences;
        ProgressBar bar = ProgressBar.of(spec);
        try (Ledger ledger = services.openLedger()) {
            differences = services.engine().whatIf(proposedSet.strategies(), currentSet.strategies(), ledger, from,
                    to, (done, total) -> bar.show("customers", done, total));
        } finally {
            bar.finish();
        }
        if (format == OutputFormat.json) {
            out().println(Json.GSON.toJson(json(differences)));
            return ExitCode.OK;
        }
        Table table = new Table("Customer", "Date", "Proposed only", "Current only");
        differences.forEach(difference -> table.row(difference.customerId(), difference.date().toString(),
                describe(difference.proposed()), describe(difference.current())));
        if (!differences.isEmpty()) {
            out().print(table.render());
        }
        long customers = differences.stream().map(Difference::customerId).distinct().count();
        out().printf("From %s to %s: %d customers on %d days act differently; %d actions only proposed, %d only"
                + " current%n", from, to, customers, differences.size(),
                differences.stream().mapToInt(d -> d.proposed().size()).sum(),
                differences.stream().mapToInt(d -> d.current().size()).sum());
        return ExitCode.OK;
    }

    private static String describe(List<PlannedAction> actions) {
        return actions.stream().map(action -> action.actionType()
                + (action.step() == null ? "" : " \"" + action.step() + "\"") + " " + String.join("+", action.invoiceIds())
                + (action.isToPerform() ? "" : " (" + action.label() + ")"))
                .collect(Collectors.joining("; "));
    }

    private static JsonArray json(List<Difference> differences) {
        JsonArray array = new JsonArray();
        for (Difference difference : differences) {
            JsonObject object = new JsonObject();
            object.addProperty("customer", difference.customerId());
            object.addProperty("date", difference.date().toString());
            object.add("proposed", actions(difference.proposed()));
            object.add("current", actions(difference.current()));
            array.add(object);
        }
        return array;
    }

    private static JsonArray actions(List<PlannedAction> actions) {
        JsonArray array = new JsonArray();
        actions.forEach(action -> array.add(ActionRow.of(action).json()));
        return array;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
