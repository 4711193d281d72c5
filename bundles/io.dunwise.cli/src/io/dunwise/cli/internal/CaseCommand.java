package io.dunwise.cli.internal;

import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Ledger;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise case open|list|show|status|owner|add}: collections cases (R24). */
@Command(name = "case", description = "Collections cases (R24): invoices and activities of a customer grouped under a"
        + " category, with a status and an owner.")
final class CaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    static CommandLine create(Operations operations) {
        return new CommandLine(new CaseCommand()).addSubcommand(new Open(operations))
                .addSubcommand(new ListCases(operations)).addSubcommand(new Show(operations))
                .addSubcommand(new Status(operations)).addSubcommand(new Owner(operations))
                .addSubcommand(new Add(operations));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "open, list, show, status, owner or add is needed");
    }

    /** What every case subcommand shares: the ledger, and printing the cases it shows or changed. */
    abstract static class CaseAction implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        final Operations operations;

        CaseAction(Operations operations) {
            this.operations = operations;
        }

        abstract List<CollectionsCase> apply(Ledger ledger);

        @Override
        public Integer call() {
            List<CollectionsCase> cases;
            try (Ledger ledger = operations.openLedger()) {
                cases = apply(ledger);
            }
            new OperationPrinter(spec.commandLine().getOut(), format).cases(cases);
            return ExitCode.OK;
        }
    }

    /** A change to one case, printed as it is afterwards. */
    abstract static class CaseChange extends CaseAction {

        @Option(names = "--case", required = true, paramLabel = "ID", description = "The case's number.")
        long caseId;

        CaseChange(Operations operations) {
            super(operations);
        }

        abstract CollectionsCase change(Ledger ledger, long id);

        @Override
        List<CollectionsCase> apply(Ledger ledger) {
            return List.of(change(ledger, caseId));
        }
    }

    @Command(name = "open", description = "Open a case for a customer.")
    static final class Open extends CaseAction {

        @Option(names = "--customer", required = true, paramLabel = "ID", description = "The customer.")
        String customer;

        @Option(names = "--category", required = true, paramLabel = "NAME", description = "The case category.")
        String category;

        @Option(names = "--status", defaultValue = "open", paramLabel = "NAME",
                description = "The status (default: ${DEFAULT-VALUE}).")
        String status;

        @Option(names = "--owner", paramLabel = "AGENT", description = "The agent who owns it (default: no one).")
        String owner;

        @Option(names = "--invoice", paramLabel = "ID", description = "An invoice of the customer.")
        List<String> invoices = List.of();

        @Option(names = "--activity", paramLabel = "ID", description = "An activity of the customer.")
        List<Long> activities = List.of();

        @Option(names = "--on", paramLabel = "DATE", description = "The date it opens (default: today).")
        LocalDate on;

        Open(Operations operations) {
            super(operations);
        }

        @Override
        List<CollectionsCase> apply(Ledger ledger) {
            return List.of(operations.desk().openCase(ledger, customer, category, status, owner, invoices, activities,
                    on == null ? LocalDate.now() : on));
        }
    }

    @Command(name = "list", description = "The cases, of every customer or of one.")
    static final class ListCases extends CaseAction {

        @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's cases.")
        String customer;

        ListCases(Operations operations) {
            super(operations);
        }

        @Override
        List<CollectionsCase> apply(Ledger ledger) {
            return customer == null ? ledger.cases().all() : ledger.cases().ofCustomer(customer);
        }
    }

    @Command(name = "show", description = "One case.")
    static final class Show extends CaseChange {

        Show(Operations operations) {
            super(operations);
        }

        @Override
        CollectionsCase change(Ledger ledger, long id) {
            return ledger.cases().find(id).orElseThrow(() -> new BadInputException("no case " + id));
        }
    }

    @Command(name = "status", description = "Change a case's status.")
    static final class Status extends CaseChange {

        @Option(names = "--status", required = true, paramLabel = "NAME", description = "The new status.")
        String status;

        Status(Operations operations) {
            super(operations);
        }

        @Override
        CollectionsCase change(Ledger ledger, long id) {
            return operations.desk().changeCaseStatus(ledger, id, status);
        }
    }

    @Command(name = "owner", description = "Give a case to an agent, or to no one.")
    static final class Owner extends CaseChange {

        static final class Who {
            @Option(names = "--owner", paramLabel = "AGENT", description = "The agent.")
            String owner;

            @Option(names = "--none", description = "No one.")
            boolean none;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;

        Owner(Operations operations) {
            super(operations);
        }

        @Override
        CollectionsCase change(Ledger ledger, long id) {
            return operations.desk().changeCaseOwner(ledger, id, who.none ? null : who.owner);
        }
    }

    @Command(name = "add", description = "Add invoices of the case's customer to a case.")
    static final class Add extends CaseChange {

        @Option(names = "--invoice", required = true, paramLabel = "ID", description = "An invoice to add.")
        List<String> invoices;

        Add(Operations operations) {
            super(operations);
        }

        @Override
        CollectionsCase change(Ledger ledger, long id) {
            return operations.desk().addCaseInvoices(ledger, id, invoices);
        }
    }
}
