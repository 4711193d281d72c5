package io.dunwise.cli.internal;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise simulate}: the actions a run would perform on a date, with no side effect (R17). */
@Command(name = "simulate", description = "Show the actions a run would perform on a date, changing nothing (R17).")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    enum Format { table, json }

    private final RootCommand root;
    private final LedgerStore store;
    private final StrategySetLoader loader;
    private final CollectionEngine engine;

    @Option(names = "--strategies", required = true, paramLabel = "PATH", split = ",",
            description = "Strategy files or folders.")
    List<Path> strategies;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The run date, e.g. 2026-11-22.")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    SimulateCommand(RootCommand root, LedgerStore store, StrategySetLoader loader, CollectionEngine engine) {
        this.root = root;
        this.store = store;
        this.loader = loader;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.load(loader, strategies);
        if (set.hasErrors()) {
            set.diagnostics().forEach(err()::println);
            err().println("dunwise: the strategies have errors; nothing simulated");
            return ExitCode.PROBLEMS;
        }
        List<PlannedAction> actions;
        long customers;
        try (Ledger ledger = store.open(root.database)) {
            customers = ledger.customers().count();
            actions = engine.simulate(set.strategies(), ledger, asOf);
        }
        if (format == Format.json) {
            out().println(json(actions));
        } else {
            out().print(table(actions, customers));
        }
        return ExitCode.OK;
    }

    private static String json(List<PlannedAction> actions) {
        JsonArray array = new JsonArray();
        for (PlannedAction action : actions) {
            JsonObject object = new JsonObject();
            object.addProperty("customer", action.customerId());
            object.addProperty("strategy", action.strategy());
            object.addProperty("step", action.step());
            object.addProperty("action", action.actionType());
            JsonArray invoices = new JsonArray();
            action.invoiceIds().forEach(invoices::add);
            object.add("invoices", invoices);
            object.add("recipients", new JsonArray());
            object.addProperty("date", action.date().toString());
            object.addProperty("outcome", "planned");
            object.add("reason", null);
            array.add(object);
        }
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(array);
    }

    private String table(List<PlannedAction> actions, long customers) {
        Table table = new Table("Customer", "Strategy", "Step", "Action", "Invoices", "Date");
        for (PlannedAction action : actions) {
            table.row(action.customerId(), action.strategy(), action.step(), action.actionType(),
                    String.join(" ", action.invoiceIds()), action.date().toString());
        }
        Map<String, Integer> byType = new TreeMap<>();
        actions.forEach(action -> byType.merge(action.actionType(), 1, Integer::sum));
        long actedOn = actions.stream().map(PlannedAction::customerId).distinct().count();
        StringBuilder summary = new StringBuilder();
        summary.append(String.format("Simulation as of %s: %d actions for %d of %d customers", asOf, actions.size(),
                actedOn, customers));
        byType.forEach((type, count) -> summary.append(String.format(", %s %d", type, count)));
        return table.render() + summary + System.lineSeparator();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
