package io.dunwise.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workbench opens the ledger the launcher names and never creates one (issue 18 §5). */
class DeskTest {

    @Test
    void aMistypedLedgerIsRefusedNotCreated() {
        List<String> calls = new ArrayList<>();
        LedgerStore store = new LedgerStore() {
            @Override
            public Ledger open(String location) {
                calls.add("open " + location);
                throw new AssertionError("the workbench must not create a ledger");
            }

            @Override
            public Ledger openExisting(String location) {
                calls.add("openExisting " + location);
                throw new LedgerException("no ledger at " + location);
            }
        };
        String before = System.getProperty(Desk.DATABASE);
        System.setProperty(Desk.DATABASE, "/wrong/path");
        try {
            Desk desk = new Desk(store, null);
            LedgerException refused = assertThrows(LedgerException.class, desk::openLedger);
            assertEquals("no ledger at /wrong/path", refused.getMessage());
            assertEquals(List.of("openExisting /wrong/path"), calls);
        } finally {
            if (before == null) {
                System.clearProperty(Desk.DATABASE);
            } else {
                System.setProperty(Desk.DATABASE, before);
            }
        }
    }
}
