package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import jakarta.persistence.EntityManagerFactory;
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
        // Inside OSGi, EclipseLink must load persistence.xml and the entity classes through this bundle.
        properties.put(PersistenceUnitProperties.CLASSLOADER, getClass().getClassLoader());
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_OR_EXTEND);
        properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("dunwise", properties);
        if (factory == null) {
            throw new IllegalStateException("the persistence unit 'dunwise' was not found");
        }
        return new JpaLedger(url.display(), factory);
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
