package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Balances;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Exclusion;
import io.dunwise.model.ExclusionKind;
import java.util.List;
import java.util.Optional;

/**
 * R6: {@code aged balance below X} excludes a customer whose total open balance is below X; {@code invoice amount
 * below X} one whose leading invoice's open amount is below X. The balance adds the open amounts of every open
 * invoice, disputed and promised ones too. A strategy's threshold has no currency: it is read in the leading
 * invoice's currency, the currency of the reminder or letter the exclusion would hold back, and the aged balance is
 * the balance in that currency alone (issue 18 §2: amounts in different currencies are never added; a customer's
 * invoices in another currency neither lift it over the threshold nor are converted). Without a chased invoice
 * nothing is due, so there is nothing to measure.
 */
final class ExclusionRule {

    private final Exclusion exclusion;
    private final Optional<Amount> measured;
    private final Balances others;

    ExclusionRule(Exclusion exclusion, List<Invoice> openInvoices, Optional<Invoice> leading) {
        this.exclusion = exclusion;
        Balances balance = Balances.of(openInvoices.stream().map(Invoice::openAmount).toList());
        if (exclusion == null) {
            this.measured = Optional.empty();
            this.others = Balances.none();
        } else if (exclusion.getKind() == ExclusionKind.INVOICE_AMOUNT_BELOW) {
            this.measured = leading.map(Invoice::openAmount);
            this.others = Balances.none();
        } else {
            this.measured = leading.map(invoice -> balance.inOrZero(invoice.openAmount().currency()));
            this.others = Balances.of(balance.amounts().stream()
                    .filter(amount -> measured.filter(m -> m.currency().equals(amount.currency())).isEmpty())
                    .toList());
        }
    }

    /** The reason the customer is excluded, or empty when it is not. */
    Optional<String> excludes() {
        return measured.filter(amount -> amount.value().compareTo(exclusion.getThreshold()) < 0)
                .map(amount -> "excluded: " + what() + " " + figure(amount) + " is below "
                        + exclusion.getThreshold().toPlainString() + " (R6)");
    }

    String describe() {
        if (exclusion == null) {
            return "no exclusion";
        }
        if (measured.isEmpty()) {
            return "exclude " + what() + " below " + exclusion.getThreshold().toPlainString()
                    + ": no invoice is chased";
        }
        return excludes().orElse("exclude " + what() + " below " + exclusion.getThreshold().toPlainString() + ": "
                + figure(measured.get()) + " is not below, not excluded");
    }

    /**
     * The measured amount as the explanation shows it: a bare number for a customer in one currency, as before;
     * with the currency, and the balances left out, when the customer's invoices are in several.
     */
    private String figure(Amount amount) {
        if (others.isEmpty()) {
            return amount.value().toPlainString();
        }
        return amount + " (in the leading invoice's currency; " + others + " not counted)";
    }

    private String what() {
        return exclusion.getKind() == ExclusionKind.INVOICE_AMOUNT_BELOW
                ? "leading invoice's open amount" : "aged balance";
    }
}
