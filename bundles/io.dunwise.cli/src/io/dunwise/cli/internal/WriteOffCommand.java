package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.operations.OperationParameters;
import io.dunwise.operations.OperationReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dunwise writeoff}: open invoices written off against the write-off account with a reason code (R22). */
@Command(name = "writeoff", description = "Write off open invoices with a reason code (R22); posts to the write-off"
        + " journal and sets their open amounts to zero.")
final class WriteOffCommand extends PostingCommand {

    @Option(names = "--invoice", required = true, paramLabel = "ID", description = "An open invoice to write off.")
    List<String> invoices;

    @Option(names = "--reason", paramLabel = "CODE",
            description = "The reason code (default: the parameters' write-off reason).")
    String reason;

    WriteOffCommand(Operations operations) {
        super(operations);
    }

    @Override
    OperationReport post(Ledger ledger, OperationParameters parameters) {
        return operations.desk().writeOff(ledger, parameters, invoices, reason, options.on());
    }
}
