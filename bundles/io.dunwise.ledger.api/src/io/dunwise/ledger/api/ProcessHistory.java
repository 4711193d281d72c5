package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The process history and its outbox (R16): a run records each action as {@link Outcome#PENDING} before it has
 * any outside effect, then completes it. A run that died leaves its pending entries here, so a restart finds
 * exactly the actions whose effect is unknown and performs none twice.
 */
public interface ProcessHistory {

    /** Records actions in one transaction and returns them with their ids. */
    List<HistoryEntry> record(List<HistoryEntry> entries);

    /** Sets the outcome of a recorded action. */
    HistoryEntry complete(long id, Outcome outcome, String reason);

    /** Sets the outcome of a recorded action and the recipients it was sent to (R14, R16). */
    HistoryEntry complete(long id, Outcome outcome, String reason, List<String> recipients);

    /**
     * Completes an action as failed and records, in the same transaction, the action that replaces it (R30: an
     * email that cannot be delivered becomes a letter), so that a crash records both or neither.
     *
     * @return the replacement as recorded, pending
     */
    HistoryEntry replace(long id, String reason, List<String> recipients, HistoryEntry replacement);

    /** Marks one part of a recorded action's effect done (an email to one of its recipients), once. */
    void mark(long id, String part);

    /** The parts of a recorded action's effect marked done. */
    Set<String> marks(long id);

    /** The outbox: actions recorded but not completed, oldest first. */
    List<HistoryEntry> pending();

    /** A customer's history, oldest first. */
    List<HistoryEntry> ofCustomer(String customerId);

    /** Every action of one run date, by customer and in the order recorded. */
    List<HistoryEntry> onDate(LocalDate date);

    /** One run's history, in the order it was recorded. */
    List<HistoryEntry> ofRun(String runId);
}
