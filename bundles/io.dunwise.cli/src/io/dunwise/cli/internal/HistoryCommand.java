package io.dunwise.cli.internal;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise history}: the process history of a customer, a run or a date, or the outbox (R16). */
@Command(name = "history", description = "Show the process history of a customer, a run or a date, or the outbox (R16).")
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Which {
        @Option(names = "--customer", paramLabel = "ID", description = "One customer's history.")
        String customer;

        @Option(names = "--run", paramLabel = "ID", description = "One run's history.")
        String run;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Every action of one run date.")
        LocalDate date;

        @Option(names = "--pending", description = "The outbox: actions recorded and not yet completed.")
        boolean pending;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    private final RootCommand root;
    private final LedgerStore store;

    HistoryCommand(RootCommand root, LedgerStore store) {
        this.root = root;
        this.store = store;
    }

    @Override
    public Integer call() {
        List<HistoryEntry> entries;
        try (Ledger ledger = store.openExisting(root.database)) {
            if (which.customer != null) {
                if (ledger.customers().find(which.customer).isEmpty()) {
                    throw new BadInputException("no customer " + which.customer + " in " + ledger.location());
                }
                entries = ledger.history().ofCustomer(which.customer);
            } else if (which.run != null) {
                entries = ledger.history().ofRun(which.run);
                if (entries.isEmpty()) {
                    throw new BadInputException("no run " + which.run + " in the process history of "
                            + ledger.location());
                }
            } else if (which.date != null) {
                entries = ledger.history().onDate(which.date);
            } else {
                entries = ledger.history().pending();
            }
        }
        new ActionsReport(entries.stream().map(ActionRow::of).toList()).print(out(), format, false);
        return ExitCode.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
