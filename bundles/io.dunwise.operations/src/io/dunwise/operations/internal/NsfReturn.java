package io.dunwise.operations.internal;

import static io.dunwise.operations.internal.Refusals.refuse;
import static io.dunwise.operations.internal.SettlementPlan.negate;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.JournalLine;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import io.dunwise.operations.OperationParameters;
import io.dunwise.operations.OperationParameters.Bank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R23: a payment returned for non-sufficient funds, reversed through the NSF journal of its bank account: what it
 * settled is debited back to receivables (the invoices reopen) and credited to the bank's ledger account; the
 * optional fee is a new open invoice of the customer, due on the return date, credited to the fee account.
 *
 * @param fee   the fee invoice, or null
 * @param entry the entry, or null when the payment settled nothing and no fee is charged
 */
record NsfReturn(Payment payment, Invoice fee, JournalEntry entry) {

    static NsfReturn of(Optional<Payment> read, String paymentId, Optional<LocalDate> returned, boolean chargeFee,
            OperationParameters parameters, LocalDate on) {
        Payment payment = read.orElseThrow(() -> refuse("no payment " + paymentId));
        returned.ifPresent(date -> {
            throw refuse("payment " + paymentId + " was returned on " + date + " already");
        });
        if (on.isBefore(payment.date())) {
            throw refuse("payment " + paymentId + " was received on " + payment.date() + "; it cannot be returned on "
                    + on);
        }
        Bank bank = parameters.bank(payment.bankAccount());
        List<JournalLine> lines = new ArrayList<>();
        List<Settlement> settled = payment.settlements();
        if (!settled.isEmpty()) {
            lines.add(new JournalLine(bank.account(), negate(SettlementPlan.total(settled,
                    payment.amount().currency())), payment.customerId(), null, paymentId));
            for (Settlement settlement : settled) {
                lines.add(new JournalLine(parameters.receivablesAccount(), settlement.amount(), payment.customerId(),
                        settlement.invoiceId(), paymentId));
            }
        }
        Invoice fee = chargeFee ? fee(payment, parameters, on) : null;
        if (fee != null) {
            lines.add(new JournalLine(parameters.receivablesAccount(), fee.amount(), payment.customerId(), fee.id(),
                    paymentId));
            lines.add(new JournalLine(parameters.nsfFeeAccount(), negate(fee.amount()), payment.customerId(), fee.id(),
                    paymentId));
        }
        JournalEntry entry = lines.isEmpty() ? null : new JournalEntry(0, bank.nsfJournal(), on,
                "payment " + paymentId + " returned (NSF)", null, lines);
        return new NsfReturn(payment, fee, entry);
    }

    private static Invoice fee(Payment payment, OperationParameters parameters, LocalDate on) {
        Amount fee = parameters.nsfFee();
        if (fee == null) {
            throw refuse("the parameters set no NSF fee; return the payment without one (--no-fee)");
        }
        if (!fee.currency().equals(payment.amount().currency())) {
            throw refuse("the NSF fee is in " + fee.currency() + "; payment " + payment.id() + " is in "
                    + payment.amount().currency() + " (return it without a fee: --no-fee)");
        }
        return new Invoice(feeInvoiceId(payment.id()), payment.customerId(), on, on, fee, fee, InvoiceStatus.OPEN);
    }

    /** The id of the fee invoice of a returned payment. */
    static String feeInvoiceId(String paymentId) {
        return "NSF-" + paymentId;
    }
}
