package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of an aging definition on a snapshot date (R19), as the dates it covers: an open invoice falls in it
 * when its basis date (due date or invoice date) is between {@code earliest} and {@code latest}, both included. A
 * null bound is open: "Current" (0 days or less past due) has no latest date, "Over 90" no earliest.
 */
public record AgingBucket(String label, LocalDate earliest, LocalDate latest) {

    public AgingBucket {
        Objects.requireNonNull(label, "label");
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("aging period \"" + label + "\" covers no date: " + earliest
                    + " is after " + latest);
        }
    }

    /** Whether an invoice whose basis date is {@code date} falls in this period. */
    public boolean holds(LocalDate date) {
        return (earliest == null || !date.isBefore(earliest)) && (latest == null || !date.isAfter(latest));
    }
}
