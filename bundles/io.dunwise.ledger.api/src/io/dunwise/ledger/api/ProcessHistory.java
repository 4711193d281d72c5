package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;

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

    /** The outbox: actions recorded but not completed, oldest first. */
    List<HistoryEntry> pending();

    /** A customer's history, oldest first. */
    List<HistoryEntry> ofCustomer(String customerId);

    /** Every action of one run date, by customer and in the order recorded. */
    List<HistoryEntry> onDate(LocalDate date);

    /** One run's history, in the order it was recorded. */
    List<HistoryEntry> ofRun(String runId);
}
