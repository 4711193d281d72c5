package io.dunwise.aging;

import io.dunwise.ledger.api.Amount;
import java.util.List;

/** The sum of the listed customers' balances in one currency, per period of one snapshot and in total (R20). */
public record AgedTotal(long snapshotId, String currency, List<Amount> periods, Amount total, long customers) {

    public AgedTotal {
        periods = List.copyOf(periods);
    }
}
