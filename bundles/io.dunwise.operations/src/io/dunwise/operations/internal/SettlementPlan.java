package io.dunwise.operations.internal;

import static io.dunwise.operations.internal.Refusals.refuse;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.JournalLine;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import io.dunwise.operations.InvoiceShare;
import io.dunwise.operations.OperationParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R21: a payment or a credit note settling open invoices of the same customer and currency, never more than an
 * invoice's open amount nor what the payment or credit note has left; the entry posts to the settle journal.
 */
record SettlementPlan(List<Settlement> settlements, JournalEntry entry) {

    /** A payment settles: its bank account's ledger account is debited, receivables credited per invoice. */
    static SettlementPlan ofPayment(Payment payment, boolean returned, Map<String, Invoice> read,
            List<InvoiceShare> shares, OperationParameters parameters, LocalDate on) {
        if (returned) {
            throw refuse("payment " + payment.id() + " was returned (NSF): it settles nothing");
        }
        Amount unallocated = payment.amount();
        for (Settlement earlier : payment.settlements()) {
            unallocated = unallocated.plus(negate(earlier.amount()));
        }
        String source = "payment " + payment.id();
        List<Settlement> settlements = allocate(source, payment.customerId(), unallocated, read, shares);
        List<JournalLine> lines = new ArrayList<>();
        lines.add(new JournalLine(parameters.bank(payment.bankAccount()).account(), total(settlements,
                payment.amount().currency()), payment.customerId(), null, payment.id()));
        for (Settlement settlement : settlements) {
            lines.add(new JournalLine(parameters.receivablesAccount(), negate(settlement.amount()),
                    payment.customerId(), settlement.invoiceId(), payment.id()));
        }
        return new SettlementPlan(settlements, new JournalEntry(0, parameters.settleJournal(), on,
                describe(source, settlements), null, lines));
    }

    /** A credit note settles: receivables move from the invoices to the credit note. */
    static SettlementPlan ofCreditNote(Invoice creditNote, Map<String, Invoice> read, List<InvoiceShare> shares,
            OperationParameters parameters, LocalDate on) {
        if (!creditNote.isCreditNote()) {
            throw refuse("invoice " + creditNote.id() + " is not a credit note (its amount is "
                    + creditNote.amount() + ")");
        }
        String source = "credit note " + creditNote.id();
        List<Settlement> settlements = allocate(source, creditNote.customerId(), negate(creditNote.openAmount()),
                read, shares);
        List<JournalLine> lines = new ArrayList<>();
        lines.add(new JournalLine(parameters.receivablesAccount(), total(settlements, creditNote.currency()),
                creditNote.customerId(), creditNote.id(), null));
        for (Settlement settlement : settlements) {
            lines.add(new JournalLine(parameters.receivablesAccount(), negate(settlement.amount()),
                    creditNote.customerId(), settlement.invoiceId(), null));
        }
        return new SettlementPlan(settlements, new JournalEntry(0, parameters.settleJournal(), on,
                describe(source, settlements), null, lines));
    }

    private static List<Settlement> allocate(String source, String customerId, Amount available,
            Map<String, Invoice> read, List<InvoiceShare> shares) {
        if (available.value().signum() <= 0) {
            throw refuse(source + " has nothing left to settle with");
        }
        List<Invoice> invoices = Refusals.named(shares.stream().map(InvoiceShare::invoiceId).toList(), read);
        List<Settlement> settlements = new ArrayList<>();
        Amount left = available;
        for (int i = 0; i < shares.size(); i++) {
            Invoice invoice = invoices.get(i);
            Amount amount = amountOf(source, customerId, available.currency(), invoice, shares.get(i), left);
            left = left.plus(negate(amount));
            settlements.add(new Settlement(invoice.id(), amount));
        }
        if (left.value().signum() < 0) {
            throw refuse(source + " has " + available + " left to settle with, less than "
                    + total(settlements, available.currency()));
        }
        return settlements;
    }

    private static Amount amountOf(String source, String customerId, String currency, Invoice invoice,
            InvoiceShare share, Amount left) {
        Refusals.sameCustomer(invoice, customerId);
        if (invoice.isCreditNote()) {
            throw refuse("invoice " + invoice.id() + " is a credit note: it settles invoices, not the other way");
        }
        if (!invoice.currency().equals(currency)) {
            throw refuse("invoice " + invoice.id() + " is in " + invoice.currency() + "; " + source + " is in "
                    + currency);
        }
        if (share.currency() != null && !share.currency().equals(invoice.currency())) {
            throw refuse("the amount for invoice " + invoice.id() + " is in " + share.currency() + "; the invoice is in "
                    + invoice.currency());
        }
        if (!invoice.isOpen()) {
            throw refuse("invoice " + invoice.id() + " is settled: nothing is open");
        }
        if (share.value() == null) {
            Amount open = invoice.openAmount();
            if (left.value().signum() <= 0) {
                throw refuse(source + " has nothing left for invoice " + invoice.id());
            }
            return open.compareTo(left) <= 0 ? open : left;
        }
        Amount amount = new Amount(Refusals.positive(share.value(), "invoice " + invoice.id()), currency);
        if (amount.compareTo(invoice.openAmount()) > 0) {
            throw refuse("invoice " + invoice.id() + " has " + invoice.openAmount() + " open, less than " + amount);
        }
        return amount;
    }

    private static String describe(String source, List<Settlement> settlements) {
        return source + " settles " + String.join(", ", settlements.stream()
                .map(s -> s.invoiceId() + " " + s.amount()).toList());
    }

    static Amount total(List<Settlement> settlements, String currency) {
        Amount total = new Amount(BigDecimal.ZERO, currency);
        for (Settlement settlement : settlements) {
            total = total.plus(settlement.amount());
        }
        return total;
    }

    static Amount negate(Amount amount) {
        return new Amount(amount.value().negate(), amount.currency());
    }
}
