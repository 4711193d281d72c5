package io.dunwise.engine.internal;

import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a customer's process history says for the next decision: which steps were performed for which invoice
 * (R9, R10), when the customer was last contacted (R11), and which notes and skips are already written, so that a
 * run started again writes none twice (R16).
 */
final class AccountHistory {

    private final List<HistoryEntry> entries;

    AccountHistory(List<HistoryEntry> entries) {
        this.entries = entries;
    }

    /**
     * The date a step was performed for an invoice, if it was: pending (in the outbox), done, or failed for a
     * reason that retrying does not fix. Skipped actions were not performed.
     */
    Optional<LocalDate> performed(String strategy, String step, String invoiceId) {
        return performed(entry -> Objects.equals(entry.strategy(), strategy), step, invoiceId);
    }

    /** The date a step was performed for an invoice in any strategy: R12's once per invoice. */
    Optional<LocalDate> performedInAnyStrategy(String step, String invoiceId) {
        return performed(entry -> true, step, invoiceId);
    }

    private Optional<LocalDate> performed(Predicate<HistoryEntry> strategy, String step, String invoiceId) {
        return entries.stream()
                .filter(entry -> entry.outcome() != Outcome.SKIPPED && isAction(entry))
                .filter(entry -> strategy.test(entry) && Objects.equals(entry.step(), step))
                .filter(entry -> !entry.invoiceIds().isEmpty() && entry.invoiceIds().get(0).equals(invoiceId))
                .map(HistoryEntry::date)
                .findFirst();
    }

    /** The last date an action reached the customer or is on its way (R11): done or still in the outbox. */
    Optional<LocalDate> lastContact() {
        return entries.stream()
                .filter(entry -> isAction(entry)
                        && (entry.outcome() == Outcome.DONE || entry.outcome() == Outcome.PENDING))
                .map(HistoryEntry::date)
                .max(LocalDate::compareTo);
    }

    /** Whether the same skip or note was written before, so that it is not written again. */
    boolean alreadyWritten(PlannedAction action) {
        return entries.stream().anyMatch(entry -> entry.outcome() == action.outcome()
                && entry.actionType().equals(action.actionType())
                && Objects.equals(entry.step(), action.step())
                && entry.invoiceIds().equals(action.invoiceIds())
                && (action.outcome() == Outcome.SKIPPED
                        // a skip is written once a day whatever its reason: a run started again after a crash may
                        // find another reason (quiet days after the first run's actions) for the same skip
                        ? entry.date().equals(action.date())
                        : Objects.equals(entry.reason(), action.reason())));
    }

    private static boolean isAction(HistoryEntry entry) {
        return !entry.actionType().equals(PlannedAction.PROMISE_BROKEN);
    }
}
