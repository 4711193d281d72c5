package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Exclusion;
import io.dunwise.model.ExclusionKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * R6: {@code aged balance below X} excludes a customer whose total open balance is below X; {@code invoice amount
 * below X} one whose leading invoice's open amount is below X. The balance adds the open amounts of every open
 * invoice, disputed and promised ones too, as numbers: a strategy's threshold has no currency.
 */
final class ExclusionRule {

    private final Exclusion exclusion;
    private final BigDecimal measured;

    ExclusionRule(Exclusion exclusion, List<Invoice> openInvoices, Optional<Invoice> leading) {
        this.exclusion = exclusion;
        if (exclusion == null) {
            this.measured = null;
        } else if (exclusion.getKind() == ExclusionKind.INVOICE_AMOUNT_BELOW) {
            this.measured = leading.map(invoice -> invoice.openAmount().value()).orElse(null);
        } else {
            this.measured = openInvoices.stream().map(invoice -> invoice.openAmount().value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The reason the customer is excluded, or empty when it is not. */
    Optional<String> excludes() {
        if (measured == null || measured.compareTo(exclusion.getThreshold()) >= 0) {
            return Optional.empty();
        }
        return Optional.of("excluded: " + what() + " " + measured.toPlainString() + " is below "
                + exclusion.getThreshold().toPlainString() + " (R6)");
    }

    String describe() {
        if (exclusion == null) {
            return "no exclusion";
        }
        if (measured == null) {
            return "exclude " + what() + " below " + exclusion.getThreshold().toPlainString()
                    + ": no invoice is chased";
        }
        return excludes().orElse("exclude " + what() + " below " + exclusion.getThreshold().toPlainString() + ": "
                + measured.toPlainString() + " is not below, not excluded");
    }

    private String what() {
        return exclusion.getKind() == ExclusionKind.INVOICE_AMOUNT_BELOW
                ? "leading invoice's open amount" : "aged balance";
    }
}
