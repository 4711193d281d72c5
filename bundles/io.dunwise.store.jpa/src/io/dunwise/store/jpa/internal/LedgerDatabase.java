package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.LedgerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a ledger lives and how to reach it with JDBC. A folder is an embedded H2 file database; a
 * {@code jdbc:h2:} or {@code jdbc:postgresql:} URL is used as given. Credentials come from the URL or from the
 * environment ({@code DUNWISE_DB_USER}, {@code DUNWISE_DB_PASSWORD}), never from a file of ours, and never show
 * in {@link #display()}.
 */
record LedgerDatabase(String jdbcUrl, String driver, String user, String password, String display, Path folder) {

    static LedgerDatabase of(String location) {
        String user = System.getenv().getOrDefault("DUNWISE_DB_USER", "");
        String password = System.getenv().getOrDefault("DUNWISE_DB_PASSWORD", "");
        String hidden = location.replaceAll("(?i)(password=)[^&;]*", "$1***");
        if (location.startsWith("jdbc:postgresql:")) {
            return new LedgerDatabase(location, "org.postgresql.Driver", user, password, hidden, null);
        }
        if (location.startsWith("jdbc:h2:")) {
            return new LedgerDatabase(location, "org.h2.Driver", user.isEmpty() ? "sa" : user, password, hidden, null);
        }
        if (location.startsWith("jdbc:")) {
            throw new LedgerException("unsupported database " + hidden + ": Dunwise works with H2 (a folder or "
                    + "jdbc:h2:…) and PostgreSQL (jdbc:postgresql://…)");
        }
        Path folder = Path.of(location).toAbsolutePath().normalize();
        return new LedgerDatabase("jdbc:h2:file:" + folder.resolve("ledger"), "org.h2.Driver", "sa", "",
                folder.toString(), folder);
    }

    boolean isPostgres() {
        return driver.equals("org.postgresql.Driver");
    }

    DataSource dataSource() {
        if (isPostgres()) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(jdbcUrl);
            if (!user.isEmpty()) {
                source.setUser(user);
                source.setPassword(password);
            }
            // one INSERT … VALUES (…), (…) per batch instead of a statement per row: several times faster loads
            source.setReWriteBatchedInserts(true);
            return source;
        }
        if (folder != null) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the ledger folder " + folder, e);
            }
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(jdbcUrl);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    /** The database's size in bytes: the H2 files of the folder, or what PostgreSQL reports; -1 if unknown. */
    long sizeInBytes(DataSource source) {
        if (folder != null) {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            } catch (IOException e) {
                return -1;
            }
        }
        if (!isPostgres()) {
            return -1;
        }
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
            return size.next() ? size.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }
}
