package io.dunwise.operations.internal;

import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.LedgerException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks several operations share; each refusal is a {@link LedgerException} naming what is wrong. */
final class Refusals {

    /** The store keeps four decimals (V1). */
    private static final int SCALE = 4;

    private Refusals() {
    }

    static LedgerException refuse(String message) {
        return new LedgerException(message);
    }

    /** The invoices named, each once, as read; refuses an empty list, a repeated id or an unknown invoice. */
    static List<Invoice> named(List<String> ids, Map<String, Invoice> read) {
        if (ids.isEmpty()) {
            throw refuse("name at least one invoice");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw refuse("invoice " + id + " is named twice");
            }
        }
        return ids.stream().map(id -> {
            Invoice invoice = read.get(id);
            if (invoice == null) {
                throw refuse("no invoice " + id);
            }
            return invoice;
        }).toList();
    }

    /** Refuses an invoice of another customer than the one the operation is for. */
    static void sameCustomer(Invoice invoice, String customerId) {
        if (!invoice.customerId().equals(customerId)) {
            throw refuse("invoice " + invoice.id() + " is customer " + invoice.customerId() + "'s, not " + customerId
                    + "'s");
        }
    }

    /** Refuses an amount that is not positive or has more decimals than the ledger keeps. */
    static BigDecimal positive(BigDecimal value, String what) {
        if (value.signum() <= 0) {
            throw refuse("the amount for " + what + " must be positive, not " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw refuse("the amount " + value.toPlainString() + " for " + what + " has more than " + SCALE
                    + " decimals");
        }
        return value;
    }
}
