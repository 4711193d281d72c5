package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A hold put on a customer in Dunwise (R26): the customer is in no process (R5) while the hold is in effect.
 *
 * @param reason     why, as the collections agent wrote it
 * @param resumeDate the first run date the automation chases the customer again; null holds until released
 */
public record Hold(String reason, LocalDate resumeDate) {

    public Hold {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a hold needs a reason");
        }
    }

    /** Whether the hold keeps the customer out of a run on {@code runDate}. */
    public boolean isInEffect(LocalDate runDate) {
        return resumeDate == null || runDate.isBefore(resumeDate);
    }
}
