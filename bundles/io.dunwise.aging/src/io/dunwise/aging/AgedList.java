package io.dunwise.aging;

import io.dunwise.ledger.api.AgedBalance;
import io.dunwise.ledger.api.AgingSnapshot;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aged balances from the latest snapshot of each customer (R20): the rows asked for, largest total first; the
 * snapshots they come from, oldest first (their labels head the columns); totals per snapshot and currency over
 * every matching row; and how many rows matched in all.
 */
public record AgedList(List<AgedBalance> rows, Map<Long, AgingSnapshot> snapshots, List<AgedTotal> totals,
        long matched) {

    public AgedList {
        rows = List.copyOf(rows);
        snapshots = Collections.unmodifiableSortedMap(new TreeMap<>(snapshots));
        totals = List.copyOf(totals);
    }
}
