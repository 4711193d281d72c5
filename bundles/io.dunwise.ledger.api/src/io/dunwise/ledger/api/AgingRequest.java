package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an aging snapshot (R20) is to hold: the date, the definition it ages by, already turned into the dates of its
 * periods, and its customers: every customer of the ledger ({@code customers} null) or the members of a pool.
 */
public record AgingRequest(LocalDate asOf, String definition, AgingBasis basis, List<AgingBucket> buckets,
        String pool, Set<String> customers) {

    /** The most periods a definition may have: a snapshot keeps one column per period. */
    public static final int MOST_PERIODS = 12;

    public AgingRequest {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(basis, "basis");
        buckets = List.copyOf(buckets);
        if (buckets.isEmpty() || buckets.size() > MOST_PERIODS) {
            throw new IllegalArgumentException("aging definition " + definition + " has " + buckets.size()
                    + " periods; a snapshot takes 1 to " + MOST_PERIODS);
        }
        customers = customers == null ? null : Set.copyOf(customers);
    }

    /** Every customer of the ledger. */
    public boolean isWholeLedger() {
        return customers == null;
    }
}
