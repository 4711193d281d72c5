package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;

/** The services the deciding commands share, and the ledger the {@code --db} option names. */
record Services(RootCommand root, LedgerStore store, StrategySetLoader loader, CollectionEngine engine,
        CollectionRuns runs) {

    /** The ledger of {@code --db}; only {@code demo} and {@code import} create one (issue 18 §5). */
    Ledger openLedger() {
        return store.openExisting(root.database);
    }
}
