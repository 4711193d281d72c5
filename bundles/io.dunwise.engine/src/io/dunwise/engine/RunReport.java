package io.dunwise.engine;

import io.dunwise.ledger.api.HistoryEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run did.
 *
 * @param resumed   the actions an earlier run left in the outbox, as this run completed them
 * @param entries   what this run decided, as recorded in the history with the handlers' outcomes
 * @param customers the customers decided
 */
public record RunReport(String runId, LocalDate asOf, long customers, List<HistoryEntry> resumed,
        List<HistoryEntry> entries) {

    public RunReport {
        resumed = List.copyOf(resumed);
        entries = List.copyOf(entries);
    }
}
