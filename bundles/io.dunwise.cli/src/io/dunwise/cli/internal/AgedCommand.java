package io.dunwise.cli.internal;

import io.dunwise.aging.AgedBalances;
import io.dunwise.aging.AgedList;
import io.dunwise.aging.AgedQuery;
import io.dunwise.aging.AgedTotal;
import io.dunwise.aging.UnknownPoolOrAgent;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.ledger.api.AgedBalance;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Ledger;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise aged}: the aged balances of each customer's latest snapshot, with totals (R20). */
@Command(name = "aged", description = {"List aged balances from each customer's latest aging snapshot (R20),",
    "by currency, largest first, with totals per period and currency over every customer listed or not."})
final class AgedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StrategyOptions options;

    @Option(names = "--pool", paramLabel = "ID", description = "Only the pool's members (on --as-of).")
    String pool;

    @Option(names = "--agent", paramLabel = "ID", description = "Only the members of the pools the agent owns (R2).")
    String agent;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "25",
            description = "At most N balances per currency, 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    private final Services services;
    private final AgedBalances aging;

    AgedCommand(Services services, AgedBalances aging) {
        this.services = services;
        this.aging = aging;
    }

    @Override
    public Integer call() {
        if (pool != null && agent != null) {
            throw new BadInputException("--pool and --agent exclude each other");
        }
        if (limit < 0) {
            throw new BadInputException("--limit is 0 (all) or more, not " + limit);
        }
        StrategySet set = StrategySets.valid(services.loader(), options.strategies);
        AgedList list;
        try (Ledger ledger = services.openLedger()) {
            list = aging.list(set.contents(), ledger, new AgedQuery(pool, agent, options.asOf(), limit));
        } catch (UnknownPoolOrAgent e) {
            throw new BadInputException(e.getMessage());
        }
        if (format == OutputFormat.json) {
            out().println(Json.GSON.toJson(json(list)));
        } else {
            print(list);
        }
        return ExitCode.OK;
    }

    private void print(AgedList list) {
        if (list.snapshots().isEmpty()) {
            out().println("no aged balances: make a snapshot first (dunwise snapshot)");
            return;
        }
        for (AgingSnapshot snapshot : list.snapshots().values()) {
            List<String> header = new ArrayList<>(List.of("Customer", "Name", "Currency"));
            header.addAll(snapshot.labels());
            header.add("Total");
            Table table = new Table(header.toArray(String[]::new));
            for (int column = 3; column < header.size(); column++) {
                table.rightAligned(column);
            }
            list.rows().stream().filter(row -> row.snapshotId() == snapshot.id())
                    .forEach(row -> table.row(cells(row.customerId(), row.customerName(), row)));
            for (AgedTotal total : list.totals()) {
                if (total.snapshotId() == snapshot.id()) {
                    table.row(cells("Total", total.customers() + " customers", total.currency(), total.periods(),
                            total.total()));
                }
            }
            out().printf("Snapshot %d on %s, %s, by %s%n", snapshot.id(), snapshot.asOf(),
                    snapshot.pool() == null ? "every customer" : "pool " + snapshot.pool(), snapshot.definition());
            out().print(table.render());
        }
        if (list.rows().size() < list.matched()) {
            out().printf("%d of %d customer balances shown (--limit 0 shows all)%n", list.rows().size(),
                    list.matched());
        }
    }

    private static String[] cells(String first, String second, AgedBalance row) {
        return cells(first, second == null ? "" : second, row.currency(), row.periods(), row.total());
    }

    private static String[] cells(String first, String second, String currency, List<Amount> periods, Amount total) {
        List<String> cells = new ArrayList<>(List.of(first, second, currency));
        periods.forEach(amount -> cells.add(money(amount)));
        cells.add(money(total));
        return cells.toArray(String[]::new);
    }

    private static String money(Amount amount) {
        return amount.value().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Map<String, Object> json(AgedList list) {
        return Json.object(
                "snapshots", list.snapshots().values().stream().map(snapshot -> Json.object("id", snapshot.id(),
                        "asOf", snapshot.asOf().toString(), "definition", snapshot.definition(),
                        "pool", snapshot.pool(), "periods", snapshot.labels())).toList(),
                "balances", list.rows().stream().map(row -> Json.object("snapshot", row.snapshotId(),
                        "customer", row.customerId(), "name", row.customerName(), "currency", row.currency(),
                        "periods", values(row.periods()), "total", row.total().value())).toList(),
                "totals", list.totals().stream().map(total -> Json.object("snapshot", total.snapshotId(),
                        "currency", total.currency(), "customers", total.customers(),
                        "periods", values(total.periods()), "total", total.total().value())).toList(),
                "matched", list.matched());
    }

    private static List<BigDecimal> values(List<Amount> amounts) {
        return amounts.stream().map(Amount::value).toList();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
