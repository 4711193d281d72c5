package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.operations.InvoiceShare;
import io.dunwise.operations.OperationParameters;
import io.dunwise.operations.OperationReport;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dunwise settle}: a payment or a credit note settles open invoices of its customer (R21). */
@Command(name = "settle", description = "Settle open invoices with a payment or a credit note (R21); posts to the"
        + " settle journal.")
final class SettleCommand extends PostingCommand {

    static final class Source {
        @Option(names = "--payment", paramLabel = "ID", description = "The payment that settles.")
        String payment;

        @Option(names = "--credit-note", paramLabel = "ID", description = "The credit note that settles.")
        String creditNote;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--invoice", required = true, paramLabel = "ID[=AMOUNT]",
            description = "An invoice to settle, with the amount (default: its open amount, or what is left).")
    List<String> invoices;

    SettleCommand(Operations operations) {
        super(operations);
    }

    @Override
    OperationReport post(Ledger ledger, OperationParameters parameters) {
        List<InvoiceShare> shares = InvoiceShares.parse(invoices);
        return source.payment != null
                ? operations.desk().settlePayment(ledger, parameters, source.payment, shares, options.on())
                : operations.desk().settleCreditNote(ledger, parameters, source.creditNote, shares, options.on());
    }
}
