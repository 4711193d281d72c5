package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.LedgerStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Opens ledgers with EclipseLink: an embedded H2 file database for a folder, or PostgreSQL by JDBC URL, with the
 * same code. The schema is brought up to date by versioned migrations before the persistence unit starts.
 */
@Component(service = LedgerStore.class)
public class JpaLedgerStore implements LedgerStore {

    private static final List<Class<?>> ENTITIES = List.of(StoredCustomer.class, StoredContact.class,
            StoredSalesRep.class, StoredAgent.class, StoredInvoice.class, StoredPayment.class, StoredActivity.class,
            StoredLetter.class, StoredCase.class, StoredJournalEntry.class, StoredPaymentReturn.class, StoredHistoryEntry.class,
            StoredCustomerSetting.class, StoredBounce.class);

    /**
     * Flyway reports every check it makes, and warns that it has not been tested with H2 2.4 (our tests are what
     * counts); a command line prints only what its user asked for. Failures still arrive, as exceptions.
     */
    private final Logger migrationLog = Logger.getLogger("org.flywaydb");

    /**
     * The PostgreSQL driver warns on stderr of what it then throws (a port that is no number); the store reports
     * that in one line of its own (issue 18), so the warning would only say it twice, over two more lines.
     */
    private final Logger driverLog = Logger.getLogger("org.postgresql");

    public JpaLedgerStore() {
        migrationLog.setLevel(Level.SEVERE);
        driverLog.setLevel(Level.SEVERE);
    }

    @Override
    public Ledger open(String location) {
        return open(location, true);
    }

    @Override
    public Ledger openExisting(String location) {
        return open(location, false);
    }

    /**
     * Opens a ledger; unless {@code create}, only one that is there (issue 18 §5: a mistyped {@code --db} must not
     * become an empty ledger that every command then finds nothing in).
     */
    private Ledger open(String location, boolean create) {
        LedgerDatabase database = LedgerDatabase.of(location == null || location.isBlank() ? DEFAULT_LOCATION
                : location);
        if (!create && !database.holdsLedger()) {
            throw missing(database);
        }
        Connection keepOpen = null;
        try {
            DataSource dataSource = dataSource(database);
            keepOpen = database.folder() == null ? null : connect(dataSource, database);
            if (!create && database.folder() == null && !SchemaMigrations.hasLedger(dataSource)) {
                throw missing(database);
            }
            SchemaMigrations.migrate(dataSource, database.display());
            return new JpaLedger(database, dataSource, persistenceUnit(database), keepOpen);
        } catch (RuntimeException e) {
            close(keepOpen);
            throw DatabaseFault.of(database, e);
        }
    }

    private static DataSource dataSource(LedgerDatabase database) {
        try {
            return database.dataSource();
        } catch (IllegalArgumentException e) {
            throw DatabaseFault.badAddress(database, e);
        }
    }

    private static LedgerException missing(LedgerDatabase database) {
        return new LedgerException("there is no ledger in " + database.display() + ": check --db, or create one "
                + "with 'dunwise import DIR' (your CSV files) or 'dunwise demo'");
    }

    private EntityManagerFactory persistenceUnit(LedgerDatabase database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.JDBC_URL, database.jdbcUrl());
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, database.driver());
        if (!database.user().isEmpty()) {
            properties.put(PersistenceUnitProperties.JDBC_USER, database.user());
            properties.put(PersistenceUnitProperties.JDBC_PASSWORD, database.password());
        }
        // Inside OSGi, EclipseLink must load the entity classes through this bundle.
        properties.put(PersistenceUnitProperties.CLASSLOADER, getClass().getClassLoader());
        // The schema belongs to the migrations, never to EclipseLink.
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        // Other processes (a nightly run, an import) change the same database: no entity outlives its unit of work.
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE");
        // The unit is configured in code (Jakarta Persistence 3.2): no persistence.xml to find through OSGi.
        PersistenceConfiguration unit = new PersistenceConfiguration("dunwise")
                .provider(PersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .properties(properties);
        ENTITIES.forEach(unit::managedClass);
        unit.managedClass(PositionKey.class).managedClass(StoredSettlement.class)
                .managedClass(StoredJournalLine.class).managedClass(IdList.class);
        // EclipseLink finds the JDBC driver through the thread's context class loader, which inside OSGi knows
        // nothing of this bundle's imports; it logs in on the first entity manager.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(unit);
            factory.createEntityManager().close();
            return factory;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Connection connect(DataSource dataSource, LedgerDatabase database) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw DatabaseFault.of(database, new LedgerException("cannot open the ledger in " + database.display(), e));
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // opening failed already; that is the error to report
            }
        }
    }
}
