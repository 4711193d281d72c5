package io.dunwise.engine;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs: the engine's decisions written to the process history before any outside effect, then handed to the
 * action handlers (R16). A run first completes what an earlier run left in the outbox, so a run that died and is
 * started again performs no action twice and loses none.
 */
public interface CollectionRuns {

    RunReport run(List<Strategy> strategies, Ledger ledger, LocalDate asOf, Progress progress);
}
