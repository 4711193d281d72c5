package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.csv.FileCounts;
import io.dunwise.ledger.csv.LedgerFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dunwise export DIR}: the ledger as CSV files that {@code import} reads back. */
@Command(name = "export", description = "Write the ledger's customers, contacts, sales reps, agents, invoices and "
        + "payments as CSV files into a folder (created if needed).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final RootCommand root;
    private final LedgerStore store;
    private final LedgerFiles files;

    @Parameters(paramLabel = "DIR", description = "The folder to write the files to.")
    Path folder;

    ExportCommand(RootCommand root, LedgerStore store, LedgerFiles files) {
        this.root = root;
        this.store = store;
        this.files = files;
    }

    @Override
    public Integer call() {
        ProgressBar progress = ProgressBar.of(spec);
        long started = System.nanoTime();
        try (Ledger ledger = store.openExisting(root.database)) {
            FileCounts counts;
            try {
                counts = files.exportTo(ledger, folder, progress::show);
            } finally {
                progress.finish();
            }
            out().print(FileCountsTable.of(counts));
            out().printf("Exported %s to %s in %.1f s%n", ledger.location(), folder,
                    (System.nanoTime() - started) / 1e9);
        }
        return ExitCode.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
