package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.operations.OperationParameters;
import io.dunwise.operations.OperationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What settle, writeoff and nsf share: the strategies' parameters (R25), one operation of the desk on the ledger,
 * and the entry and invoices it printed.
 */
abstract class PostingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OperationOptions options;

    final Operations operations;

    PostingCommand(Operations operations) {
        this.operations = operations;
    }

    /** The operation, with the parameters read and the ledger open. */
    abstract OperationReport post(Ledger ledger, OperationParameters parameters);

    @Override
    public Integer call() {
        OperationParameters parameters = operations.parameters(options.strategies);
        OperationReport report;
        try (Ledger ledger = operations.openLedger()) {
            report = post(ledger, parameters);
        }
        new OperationPrinter(spec.commandLine().getOut(), options.format).report(report);
        return ExitCode.OK;
    }
}
