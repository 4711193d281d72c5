package io.dunwise.engine.internal;

import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R30: at most {@code cap} automated contacts per customer within {@code days} days, across all strategies. A
 * contact is an action that reaches the customer — an email, a letter or a plug-in's action — recorded pending or
 * done; activities are the agents' own work and failed actions reached nobody. A step over the cap is skipped, and
 * like a step held back by quiet days (R11) it fires on a later run if it is still current.
 */
record ContactCap(int cap, int days) {

    static final ContactCap NONE = new ContactCap(0, 0);

    static ContactCap of(Optional<Parameters> parameters) {
        return parameters.filter(p -> p.getContactCap() > 0 && p.getContactCapDays() > 0)
                .map(p -> new ContactCap(p.getContactCap(), p.getContactCapDays())).orElse(NONE);
    }

    /** Counts one customer's contacts in the window ending on {@code asOf}, then those decided in this run. */
    Counter counter(List<HistoryEntry> history, LocalDate asOf) {
        LocalDate start = asOf.minusDays(days - 1L);
        long earlier = cap == 0 ? 0 : history.stream()
                .filter(entry -> isContact(entry.actionType()))
                .filter(entry -> entry.outcome() == Outcome.DONE || entry.outcome() == Outcome.PENDING)
                .filter(entry -> !entry.date().isBefore(start) && !entry.date().isAfter(asOf))
                .count();
        return new Counter(earlier, start);
    }

    static boolean isContact(String actionType) {
        return !"activity".equals(actionType) && !PlannedAction.PROMISE_BROKEN.equals(actionType);
    }

    /** One customer's count of contacts on one date. */
    final class Counter {
        private long contacts;
        private final LocalDate start;

        private Counter(long earlier, LocalDate start) {
            this.contacts = earlier;
            this.start = start;
        }

        /** Why {@code action} is over the cap, or empty when it may be performed (and then counts). */
        Optional<String> blocks(PlannedAction action) {
            if (cap == 0 || !isContact(action.actionType())) {
                return Optional.empty();
            }
            if (contacts >= cap) {
                return Optional.of("contact cap: " + contacts + " contacts since " + start + ", at most " + cap
                        + " in " + days + " days (R30)");
            }
            contacts++;
            return Optional.empty();
        }
    }
}
