package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Hold;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise hold} and {@code dunwise hold --release}: a customer out of every process, and back (R5, R26). */
@Command(name = "hold", description = "Put a customer on hold with a reason and an optional resume date (R26), or"
        + " release it.")
final class HoldCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customer", required = true, paramLabel = "ID", description = "The customer's account id.")
    String customer;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the customer is held.")
    String reason;

    @Option(names = "--until", paramLabel = "DATE", description = "The first run date the customer is chased again.")
    LocalDate until;

    @Option(names = "--release", description = "End the hold.")
    boolean release;

    private final RootCommand root;
    private final LedgerStore store;

    HoldCommand(RootCommand root, LedgerStore store) {
        this.root = root;
        this.store = store;
    }

    @Override
    public Integer call() {
        if (release == (reason != null)) {
            throw new BadInputException("give --reason to hold the customer, or --release to end its hold");
        }
        if (release && until != null) {
            throw new BadInputException("--until belongs to a hold, not to --release");
        }
        if (reason != null && reason.isBlank()) {
            throw new BadInputException("--reason is empty; say why the customer is held");
        }
        try (Ledger ledger = store.openExisting(root.database)) {
            if (ledger.customers().find(customer).isEmpty()) {
                throw new BadInputException("no customer " + customer + " in " + ledger.location());
            }
            if (release) {
                ledger.customers().release(customer);
                out().println(customer + " is released: the automation chases it again");
            } else {
                ledger.customers().hold(customer, new Hold(reason, until));
                out().println(customer + " is on hold (" + reason + ")"
                        + (until == null ? " until released" : "; chased again from " + until));
            }
        }
        return ExitCode.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
