package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Amount;
import java.math.BigDecimal;

/** Amounts across the store's edge: columns keep four decimals; values read back with at least two. */
final class Money {

    private Money() {
    }

    static Amount amount(BigDecimal stored, String currency) {
        return stored == null ? null : new Amount(asWritten(stored), currency);
    }

    static BigDecimal value(Amount amount) {
        return amount == null ? null : amount.value();
    }

    /** A plain decimal as written: 5000 for a stored 5000.0000, 0.5 for 0.5000. */
    static BigDecimal decimal(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.setScale(Math.max(0, stripped.scale()));
    }

    private static BigDecimal asWritten(BigDecimal stored) {
        return stored.setScale(Math.max(2, stored.stripTrailingZeros().scale()));
    }
}
