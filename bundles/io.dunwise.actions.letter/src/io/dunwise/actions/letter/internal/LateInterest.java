package io.dunwise.actions.letter.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;

/**
 * R29: the late-payment interest of one invoice on a letter: open amount × yearly rate / 100 × days overdue on the
 * run date / 365, worked out exactly and rounded half-up once, to the minor unit of the invoice's currency.
 */
final class LateInterest {

    private static final BigDecimal DAYS_TIMES_PERCENT = BigDecimal.valueOf(365L * 100L);

    private LateInterest() {
    }

    /** Days past the due date on {@code runDate}; 0 for an invoice not yet due. */
    static long daysOverdue(Invoice invoice, LocalDate runDate) {
        return Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), runDate));
    }

    /** The interest on {@code invoice} at {@code yearlyPercent}; nothing is charged on a credit or settled amount. */
    static Amount of(Invoice invoice, BigDecimal yearlyPercent, LocalDate runDate) {
        BigDecimal open = invoice.openAmount().value().max(BigDecimal.ZERO);
        BigDecimal exact = open.multiply(yearlyPercent).multiply(BigDecimal.valueOf(daysOverdue(invoice, runDate)));
        // one division, so the only rounding is the one R29 asks for
        return new Amount(exact.divide(DAYS_TIMES_PERCENT, minorDigits(invoice.currency()), RoundingMode.HALF_UP),
                invoice.currency());
    }

    /** The decimals of a currency's minor unit: 2 for SEK and EUR, 0 for JPY, 3 for KWD; 2 when ISO gives none. */
    static int minorDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException notIso) {
            return 2;
        }
    }
}
