package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise demo}: a reproducible demo ledger and the example strategies to run against it. */
@Command(name = "demo", description = "Create a realistic demo ledger and example strategies (in ./strategies).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final List<String> STRATEGY_FILES = List.of("setup.dun", "strategies.dun");
    static final int MAX_CUSTOMERS = 10_000_000;

    private final RootCommand root;
    private final LedgerStore store;

    @Option(names = "--customers", defaultValue = "100", description = "How many customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--open-invoices", defaultValue = "4", paramLabel = "N",
            description = "Each customer has 1 to N open invoices, (N + 1) / 2 on average (default: ${DEFAULT-VALUE}).")
    int mostOpenInvoices;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", description = "The date the ledger is generated around (default: today).")
    LocalDate asOf;

    @Option(names = "--strategies", defaultValue = "strategies",
            description = "Folder to write the example strategies to, if it has none (default: ${DEFAULT-VALUE}).")
    Path strategies;

    DemoCommand(RootCommand root, LedgerStore store) {
        this.root = root;
        this.store = store;
    }

    @Override
    public Integer call() {
        if (customers < 1) {
            throw new BadInputException("--customers must be at least 1, not " + customers);
        }
        if (customers > MAX_CUSTOMERS) {
            throw new BadInputException("--customers is at most " + MAX_CUSTOMERS + ", not " + customers);
        }
        if (mostOpenInvoices < 1 || mostOpenInvoices > 100) {
            throw new BadInputException("--open-invoices is 1 to 100, not " + mostOpenInvoices);
        }
        LocalDate today = asOf == null ? LocalDate.now() : asOf;
        DemoLedger demo = new DemoLedger(customers, mostOpenInvoices, seed, today);
        ProgressBar progress = ProgressBar.of(spec);
        long started = System.nanoTime();
        try (Ledger ledger = store.open(root.database)) {
            try (LedgerLoad load = ledger.startOver()) {
                demo.writeTo(load, written -> progress.show("customers", written, customers));
                progress.show("committing", customers, customers);
                load.commit();
            } finally {
                progress.finish();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out().printf("Demo ledger in %s: %,d customers, %,d invoices, %,d payments (seed %d, around %s) in %.1f s%n",
                    ledger.location(), ledger.customers().count(), ledger.invoices().count(),
                    ledger.payments().count(), seed, today, seconds);
        }
        writeStrategies();
        return ExitCode.OK;
    }

    private void writeStrategies() {
        try {
            Files.createDirectories(strategies);
            for (String name : STRATEGY_FILES) {
                Path target = strategies.resolve(name);
                if (Files.exists(target)) {
                    out().println("Kept " + target + " (already there)");
                    continue;
                }
                try (InputStream in = getClass().getResourceAsStream("/demo/strategies/" + name)) {
                    Files.copy(in, target);
                }
                out().println("Wrote " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
