package io.dunwise.ui.parts;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;

/**
 * The ledger the workbench shows: the one named by the {@code dunwise.db} system property (set by the
 * launcher's {@code --db}), else the default {@code ./dunwise-data}, like the command line.
 */
final class WorkbenchLedger {

    static final String PROPERTY = "dunwise.db";

    private WorkbenchLedger() {
    }

    static Ledger open(LedgerStore store) {
        return store.open(System.getProperty(PROPERTY, LedgerStore.DEFAULT_LOCATION));
    }
}
