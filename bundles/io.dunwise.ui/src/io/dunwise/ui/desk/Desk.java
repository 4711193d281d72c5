package io.dunwise.ui.desk;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.e4.core.di.annotations.Creatable;

/**
 * What every part of the workbench works on, as the command line does: the ledger named by {@code dunwise.db}
 * (the launcher's {@code --db}, else {@code ./dunwise-data}), the strategy files under {@code dunwise.strategies}
 * (the launcher's {@code --strategies}, else {@code ./strategies}) and the desk date {@code dunwise.asOf} (the
 * launcher's {@code --as-of}, else today). Parts get it by injection and never reach the database but through the
 * ledger's API.
 */
@Creatable
@Singleton
public class Desk {

    public static final String DATABASE = "dunwise.db";
    public static final String STRATEGIES = "dunwise.strategies";
    public static final String AS_OF = "dunwise.asOf";

    private final LedgerStore store;
    private final StrategySetLoader loader;
    private final String location;
    private final Path strategies;
    private final LocalDate asOf;

    @Inject
    public Desk(LedgerStore store, StrategySetLoader loader) {
        this.store = store;
        this.loader = loader;
        this.location = System.getProperty(DATABASE, LedgerStore.DEFAULT_LOCATION);
        this.strategies = Path.of(System.getProperty(STRATEGIES, "strategies")).toAbsolutePath();
        String date = System.getProperty(AS_OF, "");
        this.asOf = date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
    }

    /**
     * The ledger, opened for one unit of work; the caller closes it. Like every command but {@code demo} and
     * {@code import}, the workbench never creates a ledger: a mistyped {@code --db} is refused with a message the
     * parts show, not opened as a new, empty ledger (issue 18 §5).
     */
    public Ledger openLedger() {
        return store.openExisting(location);
    }

    /** The folder of the strategy files ({@code *.dun}). */
    public Path strategyFolder() {
        return strategies;
    }

    /** The strategy files as they are on disk now, with their problems. */
    public StrategySet strategies() {
        return loader.load(List.of(strategies));
    }

    /** The date the desk works on. */
    public LocalDate asOf() {
        return asOf;
    }

    public String location() {
        return location;
    }
}
