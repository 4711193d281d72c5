package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A collections case (R24): invoices and activities of one customer grouped under a case category, with a
 * status and an owner (an agent id, or null). {@code id} is 0 until the ledger stores it.
 */
public record CollectionsCase(long id, String customerId, String category, String status, String ownerId,
        LocalDate opened, List<String> invoiceIds, List<Long> activityIds) {

    public CollectionsCase {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(opened, "opened");
        invoiceIds = List.copyOf(invoiceIds);
        activityIds = List.copyOf(activityIds);
    }
}
