package io.dunwise.ledger.api;

import java.util.List;
import java.util.Objects;

/**
 * One customer's open balance in one currency in an aging snapshot (R20): an amount per period of the snapshot's
 * definition, in its order, and the total. The total is the whole open balance, so it includes invoices that fall in
 * no period of a definition that leaves some out (one without a "current" period, say).
 */
public record AgedBalance(long snapshotId, String customerId, String customerName, List<Amount> periods,
        Amount total) {

    public AgedBalance {
        Objects.requireNonNull(customerId, "customerId");
        periods = List.copyOf(periods);
        Objects.requireNonNull(total, "total");
    }

    public String currency() {
        return total.currency();
    }
}
