package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.csv.FileCounts;
import io.dunwise.ledger.csv.LedgerFiles;
import io.dunwise.ledger.csv.LedgerImportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dunwise import DIR}: the CSV ledger files into the ledger, all or nothing. */
@Command(name = "import", description = {"Replace the ledger's customers, contacts, sales reps, agents, invoices "
        + "and payments with the CSV files of a folder.", "Any bad row is reported as file:line: message, and then "
        + "nothing changes (exit 2). Process history, activities, letters, cases and journals are kept."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final RootCommand root;
    private final LedgerStore store;
    private final LedgerFiles files;

    @Parameters(paramLabel = "DIR", description = "The folder of customers.csv, contacts.csv, salesreps.csv, "
            + "agents.csv, invoices.csv and payments.csv.")
    Path folder;

    ImportCommand(RootCommand root, LedgerStore store, LedgerFiles files) {
        this.root = root;
        this.store = store;
        this.files = files;
    }

    @Override
    public Integer call() {
        ProgressBar progress = ProgressBar.of(spec);
        long started = System.nanoTime();
        try (Ledger ledger = store.open(root.database)) {
            FileCounts counts;
            try {
                counts = files.importFrom(folder, ledger, progress::show);
            } finally {
                progress.finish();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out().print(FileCountsTable.of(counts));
            out().printf("Imported into %s in %.1f s (%,.0f rows/s); database %s%n", ledger.location(), seconds,
                    counts.total() / Math.max(seconds, 1e-3), Sizes.of(ledger.sizeInBytes()));
            return ExitCode.OK;
        } catch (LedgerImportException e) {
            e.problems().forEach(err()::println);
            if (e.unlisted() > 0) {
                err().printf("… and %,d more problems%n", e.unlisted());
            }
            err().println("dunwise: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
