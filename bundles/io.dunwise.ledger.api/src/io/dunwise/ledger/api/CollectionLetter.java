package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A posted collection letter (R15, R29): one per customer and run, listing every overdue invoice. The letter
 * number comes from the ledger's sequence ({@code 0} until stored); {@code fee} and {@code interest} are null
 * when none is charged.
 */
public record CollectionLetter(long number, String customerId, LocalDate date, int level, List<String> invoiceIds,
        Amount total, Amount fee, Amount interest, String language) {

    public CollectionLetter {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(total, "total");
        invoiceIds = List.copyOf(invoiceIds);
        if (level < 1) {
            throw new IllegalArgumentException("letter level must be at least 1, not " + level);
        }
    }
}
