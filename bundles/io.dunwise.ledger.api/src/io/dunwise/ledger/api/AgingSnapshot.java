package io.dunwise.ledger.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored aging snapshot (R20): on {@code asOf}, the open balance of each of its {@code customers} per period of
 * the definition it was made with ({@code labels}, in order) and in total. {@code pool} is null for a snapshot of
 * the whole ledger.
 */
public record AgingSnapshot(long id, LocalDate asOf, String definition, AgingBasis basis, List<String> labels,
        String pool, long customers, Instant created) {

    public AgingSnapshot {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(basis, "basis");
        labels = List.copyOf(labels);
        Objects.requireNonNull(created, "created");
    }
}
