package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise assign}: the assignment previews of R5 — for a customer, its strategy and why; for a strategy,
 * every customer it gets; with neither, every strategy's count — and the manual assignment of a customer.
 */
@Command(name = "assign", description = {"Preview the assignment of customers to strategies (R5), or assign one by hand.",
    "  --customer ID               the customer's strategy and why",
    "  --strategy ID               every customer the strategy gets",
    "  (neither)                   how many customers each strategy gets",
    "  --customer ID --set ID      assign the customer by hand; --clear ends it"})
final class AssignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StrategyOptions options;

    @Option(names = "--customer", paramLabel = "ID", description = "A customer's assignment.")
    String customer;

    @Option(names = "--strategy", paramLabel = "ID", description = "The customers of a strategy.")
    String strategy;

    @Option(names = "--set", paramLabel = "STRATEGY", description = "Assign --customer to this strategy by hand.")
    String manual;

    @Option(names = "--clear", description = "End the manual assignment of --customer.")
    boolean clear;

    private final Services services;

    AssignCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if ((manual != null || clear) && customer == null) {
            throw new BadInputException("--set and --clear need --customer");
        }
        if (manual != null && clear) {
            throw new BadInputException("--set and --clear exclude each other");
        }
        if (customer != null && strategy != null) {
            throw new BadInputException("--customer and --strategy exclude each other");
        }
        StrategySet set = StrategySets.valid(services.loader(), options.strategies);
        try (Ledger ledger = services.openLedger()) {
            if (manual != null || clear) {
                assignByHand(set, ledger);
            } else if (customer != null) {
                Decision decision = services.engine().explain(set.strategies(), ledger, customer, options.asOf())
                        .orElseThrow(() -> new BadInputException("no customer " + customer + " in " + ledger.location()));
                out().printf("%s on %s: %s — %s%n", customer, options.asOf(), decision.strategy().orElse("no strategy"),
                        decision.assignment());
            } else if (strategy != null) {
                customersOf(set, ledger);
            } else {
                counts(set, ledger);
            }
        }
        return ExitCode.OK;
    }

    private void assignByHand(StrategySet set, Ledger ledger) {
        if (manual != null && set.strategies().stream().noneMatch(s -> s.getName().equals(manual))) {
            throw new BadInputException("no strategy " + manual + " in " + options.strategies + "; strategies: "
                    + String.join(", ", set.strategies().stream().map(Strategy::getName).sorted().toList()));
        }
        if (ledger.customers().find(customer).isEmpty()) {
            throw new BadInputException("no customer " + customer + " in " + ledger.location());
        }
        ledger.customers().assign(customer, clear ? null : manual);
        out().println(clear ? customer + " is assigned by its pools again"
                : customer + " is assigned by hand to " + manual + " (R5)");
    }

    private void customersOf(StrategySet set, Ledger ledger) {
        if (set.strategies().stream().noneMatch(s -> s.getName().equals(strategy))) {
            throw new BadInputException("no strategy " + strategy + " in " + options.strategies + "; strategies: "
                    + String.join(", ", set.strategies().stream().map(Strategy::getName).sorted().toList()));
        }
        SortedSet<String> members = services.engine().customersOf(set.strategies(), strategy, ledger, options.asOf());
        members.forEach(out()::println);
        out().printf("%s gets %d customers on %s%n", strategy, members.size(), options.asOf());
    }

    private void counts(StrategySet set, Ledger ledger) {
        Map<String, Long> byStrategy = new LinkedHashMap<>();
        set.strategies().stream().sorted(Comparator.comparingInt(Strategy::getRank))
                .forEach(s -> byStrategy.put(s.getName(), 0L));
        Map<String, Long> outside = new TreeMap<>();
        ProgressBar bar = ProgressBar.of(spec);
        try {
            services.engine().simulate(set.strategies(), ledger, options.asOf(),
                    (done, total) -> bar.show("customers", done, total),
                    decision -> decision.strategy().ifPresentOrElse(s -> byStrategy.merge(s, 1L, Long::sum),
                            () -> outside.merge(reason(decision.assignment()), 1L, Long::sum)));
        } finally {
            bar.finish();
        }
        Table table = new Table("Strategy", "Rank", "Pool", "Customers");
        long total = 0;
        for (Strategy s : set.strategies().stream().sorted(Comparator.comparingInt(Strategy::getRank)).toList()) {
            long count = byStrategy.get(s.getName());
            total += count;
            table.row(s.getName(), Integer.toString(s.getRank()), s.getPool() == null ? "" : s.getPool().getName(),
                    Long.toString(count));
        }
        for (Map.Entry<String, Long> entry : outside.entrySet()) {
            total += entry.getValue();
            table.row("(none: " + entry.getKey() + ")", "", "", Long.toString(entry.getValue()));
        }
        table.row("Total", "", "", Long.toString(total));
        out().print(table.render());
    }

    /** The kind of reason a customer is in no process, without the customer's details. */
    private static String reason(String assignment) {
        if (assignment.startsWith("on hold")) {
            return "on hold";
        }
        if (assignment.startsWith("assigned by hand")) {
            return "assigned by hand to a strategy not in the set";
        }
        return "no pool";
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
