package io.dunwise.operations.internal;

import static io.dunwise.operations.internal.Refusals.refuse;
import static io.dunwise.operations.internal.SettlementPlan.negate;

import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.JournalLine;
import io.dunwise.operations.OperationParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * R22: open invoices written off with a reason code (the parameters' default unless one is given) against the
 * write-off account; their open amounts go to zero. A settled invoice or a credit note is refused.
 */
record WriteOffPlan(List<Invoice> invoices, JournalEntry entry) {

    private static final Pattern REASON = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    static WriteOffPlan of(List<String> invoiceIds, Map<String, Invoice> read, String reason,
            OperationParameters parameters, LocalDate on) {
        String code = reason == null ? parameters.writeOffReason() : reason;
        if (!REASON.matcher(code).matches()) {
            throw refuse("the reason code '" + code + "' is not a code: 1 to 64 letters, digits, '.', '_' or '-'");
        }
        List<Invoice> invoices = Refusals.named(invoiceIds, read);
        List<JournalLine> lines = new ArrayList<>();
        for (Invoice invoice : invoices) {
            if (invoice.isCreditNote()) {
                throw refuse("invoice " + invoice.id() + " is a credit note: settle it against invoices instead");
            }
            if (!invoice.isOpen()) {
                throw refuse("invoice " + invoice.id() + " is settled: nothing to write off");
            }
            lines.add(new JournalLine(parameters.writeOffAccount(), invoice.openAmount(), invoice.customerId(),
                    invoice.id(), null));
            lines.add(new JournalLine(parameters.receivablesAccount(), negate(invoice.openAmount()),
                    invoice.customerId(), invoice.id(), null));
        }
        return new WriteOffPlan(invoices, new JournalEntry(0, parameters.writeOffJournal(), on,
                "write-off of " + String.join(", ", invoiceIds), code, lines));
    }
}
