package io.dunwise.cli.internal;

import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.Ledger;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunwise journal}: the posted entries of one journal or of all (R21–R23). */
@Command(name = "journal", description = "List posted journal entries (settle, write-off, NSF), of one journal or all.")
final class JournalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", paramLabel = "NAME", description = "Only this journal's entries.")
    String journal;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    private final Operations operations;

    JournalCommand(Operations operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() {
        List<JournalEntry> entries;
        try (Ledger ledger = operations.openLedger()) {
            entries = journal == null ? ledger.journals().all() : ledger.journals().entries(journal);
        }
        new OperationPrinter(spec.commandLine().getOut(), format).entries(entries);
        return ExitCode.OK;
    }
}
