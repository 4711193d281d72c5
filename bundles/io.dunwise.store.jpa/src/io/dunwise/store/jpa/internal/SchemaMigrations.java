package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.LedgerException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a ledger's schema up to the version this store needs, with Flyway and the versioned SQL scripts in this
 * bundle's {@code db/migration} folder ({@code V1__ledger.sql}, …). A script, once released, never changes: a
 * change of schema is a new version. A database whose schema is newer than this store knows is refused.
 */
final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /** Whether the database holds a ledger: the history of its migrations, which the first one starts. */
    static boolean hasLedger(DataSource source) {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where lower(table_name) = 'flyway_schema_history'")) {
            return tables.next() && tables.getLong(1) > 0;
        } catch (SQLException e) {
            throw new LedgerException("cannot read the schema", e);
        }
    }

    static MigrateResult migrate(DataSource source, String display) {
        BundledMigrations scripts = new BundledMigrations();
        if (scripts.isEmpty()) {
            throw new LedgerException("the store bundle holds no schema migrations in " + BundledMigrations.FOLDER);
        }
        try {
            return Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource(source)
                    .resourceProvider(scripts)
                    .javaMigrationClassProvider(List::of)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            // Flyway's messages go on with a ruled table of SQL state and error code; the first line says it
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new LedgerException("cannot bring the schema of " + display + " up to date: " + reason, e);
        }
    }
}
