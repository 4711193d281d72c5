package io.dunwise.engine.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * R11: with q quiet days, no action is performed on D for a customer contacted on C when D − C < q, whatever
 * invoice that contact was about. Actions decided in the same run do not block each other: only the history
 * before the decision counts.
 */
final class QuietPeriod {

    private final int days;
    private final Optional<LocalDate> lastContact;
    private final LocalDate asOf;

    QuietPeriod(int days, Optional<LocalDate> lastContact, LocalDate asOf) {
        this.days = days;
        this.lastContact = lastContact;
        this.asOf = asOf;
    }

    /** The reason actions wait, or empty when the quiet period is over. */
    Optional<String> blocks() {
        return lastContact
                .filter(contact -> ChronoUnit.DAYS.between(contact, asOf) < days)
                .map(contact -> "quiet: last action on " + contact + ", " + days + " quiet days until "
                        + contact.plusDays(days) + " (R11)");
    }

    String describe() {
        if (days == 0) {
            return "no quiet days";
        }
        if (lastContact.isEmpty()) {
            return days + " quiet days; no earlier action";
        }
        return blocks().orElse(days + " quiet days; last action on " + lastContact.get() + ", over since "
                + lastContact.get().plusDays(days));
    }
}
