package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;

/** The services the deciding commands share, and the ledger the {@code --db} option names. */
record Services(RootCommand root, LedgerStore store, StrategySetLoader loader, CollectionEngine engine,
        CollectionRuns runs) {

    Ledger openLedger() {
        return store.open(root.database);
    }
}
