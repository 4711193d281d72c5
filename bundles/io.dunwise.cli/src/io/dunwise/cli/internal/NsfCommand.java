package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.operations.OperationParameters;
import io.dunwise.operations.OperationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dunwise nsf}: a payment returned for non-sufficient funds (R23). */
@Command(name = "nsf", description = "Return a payment for non-sufficient funds (R23): reverses it through its bank"
        + " account's NSF journal, reopens what it settled and charges the NSF fee, if the parameters set one.")
final class NsfCommand extends PostingCommand {

    @Option(names = "--payment", required = true, paramLabel = "ID", description = "The returned payment.")
    String payment;

    @Option(names = "--fee", negatable = true,
            description = "Charge the parameters' NSF fee, or not (--no-fee); default: charge it when one is set.")
    Boolean fee;

    NsfCommand(Operations operations) {
        super(operations);
    }

    @Override
    OperationReport post(Ledger ledger, OperationParameters parameters) {
        boolean chargeFee = fee == null ? parameters.nsfFee() != null : fee;
        return operations.desk().returnPayment(ledger, parameters, payment, chargeFee, options.on());
    }
}
