package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.operations.CollectionsDesk;
import io.dunwise.operations.OperationParameters;
import java.nio.file.Path;
import java.util.List;

/** What the operation commands share (R21–R25): the ledger of {@code --db}, the desk, and the strategies' parameters. */
record Operations(RootCommand root, LedgerStore store, StrategySetLoader loader, CollectionsDesk desk) {

    /** The ledger of {@code --db}; only {@code demo} and {@code import} create one (issue 18 §5). */
    Ledger openLedger() {
        return store.openExisting(root.database);
    }

    /** The parameters block of the strategy files named (R25), the documented defaults without any. */
    OperationParameters parameters(List<Path> strategies) {
        if (strategies == null || strategies.isEmpty()) {
            return OperationParameters.DEFAULTS;
        }
        return OperationParameters.of(StrategySets.valid(loader, strategies).parameters());
    }
}
