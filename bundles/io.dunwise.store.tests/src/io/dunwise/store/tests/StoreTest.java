package io.dunwise.store.tests;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** What the store's tests share: the store service, a folder per test, and a fresh database of each kind. */
@ExtendWith(ServiceExtension.class)
abstract class StoreTest {

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @TempDir
    Path work;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    /** A fresh database of that kind holding the small ledger of {@link Ledgers}. */
    Ledger open(String kind) throws Exception {
        Ledger ledger = store.open(TestDatabases.fresh(kind, work));
        Ledgers.fill(ledger);
        return ledger;
    }
}
