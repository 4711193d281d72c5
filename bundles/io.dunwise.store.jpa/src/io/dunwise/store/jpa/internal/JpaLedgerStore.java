package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Opens ledgers with EclipseLink: an embedded H2 file database for a folder, or any database by JDBC URL.
 */
@Component(service = LedgerStore.class)
public class JpaLedgerStore implements LedgerStore {

    @Override
    public Ledger open(String location) {
        DatabaseUrl url = DatabaseUrl.of(location == null || location.isBlank() ? DEFAULT_LOCATION : location);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.JDBC_URL, url.jdbcUrl());
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, url.driver());
        properties.put(PersistenceUnitProperties.JDBC_USER, url.user());
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, url.password());
        // Inside OSGi, EclipseLink must load the entity classes through this bundle.
        properties.put(PersistenceUnitProperties.CLASSLOADER, getClass().getClassLoader());
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_OR_EXTEND);
        properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
        // create-or-extend logs every existing constraint as a warning on each start; only errors are news here
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE");
        // The unit is configured in code (Jakarta Persistence 3.2): no persistence.xml to find through OSGi.
        PersistenceConfiguration unit = new PersistenceConfiguration("dunwise")
                .provider(PersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .managedClass(StoredCustomer.class)
                .managedClass(StoredInvoice.class)
                .properties(properties);
        // EclipseLink finds the JDBC driver through the thread's context class loader, which inside OSGi knows
        // nothing of this bundle's imports; it logs in (and creates the schema) on the first entity manager.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(unit);
            factory.createEntityManager().close();
            return new JpaLedger(url.display(), factory);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The JDBC side of a ledger location. */
    record DatabaseUrl(String jdbcUrl, String driver, String user, String password, String display) {

        static DatabaseUrl of(String location) {
            if (location.startsWith("jdbc:")) {
                String driver = location.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver";
                return new DatabaseUrl(location, driver, System.getProperty("dunwise.db.user", ""),
                        System.getProperty("dunwise.db.password", ""), location.replaceAll("password=[^&;]*", "password=***"));
            }
            Path folder = Path.of(location).toAbsolutePath().normalize();
            return new DatabaseUrl("jdbc:h2:file:" + folder.resolve("ledger"), "org.h2.Driver", "sa", "",
                    folder.toString());
        }
    }
}
