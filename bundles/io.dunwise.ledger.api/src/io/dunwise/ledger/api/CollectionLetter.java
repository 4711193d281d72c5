package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A posted collection letter (R15, R29): one per customer and run, listing every overdue invoice. The letter
 * number comes from the ledger's sequence ({@code 0} until stored); {@code fee} and {@code interest} are null
 * when none is charged; {@code actionId} names the process-history action that posted it (R16), or is null.
 */
public record CollectionLetter(long number, String customerId, LocalDate date, int level, List<String> invoiceIds,
        Amount total, Amount fee, Amount interest, String language, String actionId) {

    public CollectionLetter {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(total, "total");
        invoiceIds = List.copyOf(invoiceIds);
        if (level < 1) {
            throw new IllegalArgumentException("letter level must be at least 1, not " + level);
        }
    }

    /** A letter posted by hand, not by an action. */
    public CollectionLetter(long number, String customerId, LocalDate date, int level, List<String> invoiceIds,
            Amount total, Amount fee, Amount interest, String language) {
        this(number, customerId, date, level, invoiceIds, total, fee, interest, language, null);
    }

    /** This letter as posted by the action {@code id} of the process history. */
    public CollectionLetter ofAction(String id) {
        return new CollectionLetter(number, customerId, date, level, invoiceIds, total, fee, interest, language, id);
    }
}
