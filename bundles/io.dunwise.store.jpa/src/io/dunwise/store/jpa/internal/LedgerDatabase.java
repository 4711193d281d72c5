package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Passwords;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a ledger lives and how to reach it with JDBC. A folder is an embedded H2 file database; a
 * {@code jdbc:h2:} or {@code jdbc:postgresql:} URL is used as given. Credentials come from the URL or from the
 * environment ({@code DUNWISE_DB_USER}, {@code DUNWISE_DB_PASSWORD}), never from a file of ours, and never show
 * in {@link #display()} or in a message passed through {@link #hide}.
 *
 * <p>The embedded database writes every commit to its file before the commit returns ({@code WRITE_DELAY=0}):
 * H2's default keeps commits in memory for up to half a second, and a process killed in that time lost actions
 * the outbox had confirmed (R16, issue 18 §0; {@code docs/durability.md}).
 */
record LedgerDatabase(String jdbcUrl, String driver, String user, String password, String display, Path folder) {

    /** The embedded database's file in its folder, as H2 names it. */
    static final String FILE = "ledger.mv.db";

    /** A commit reaches the file (the operating system) before it returns; see the type's comment. */
    static final String DURABLE_COMMITS = ";WRITE_DELAY=0";

    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Pattern PASSWORD_VALUE = Pattern.compile(
            "(?i)password=(.*?)(?=[&;][a-z_][a-z0-9_.-]*=|$)|//[^/:@]*:([^/?#]*)@");

    static LedgerDatabase of(String location) {
        String user = System.getenv().getOrDefault("DUNWISE_DB_USER", "");
        String password = System.getenv().getOrDefault("DUNWISE_DB_PASSWORD", "");
        String hidden = Passwords.masked(location);
        if (location.startsWith("jdbc:postgresql:")) {
            return new LedgerDatabase(location, "org.postgresql.Driver", user, password, hidden, null);
        }
        if (location.startsWith("jdbc:h2:")) {
            // a URL that sets its own write delay is an explicit choice; any other gets durable commits
            String url = location.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=") ? location
                    : location + DURABLE_COMMITS;
            return new LedgerDatabase(url, "org.h2.Driver", user.isEmpty() ? "sa" : user, password, hidden, null);
        }
        if (location.startsWith("jdbc:") || ADDRESS.matcher(location).matches()) {
            throw new LedgerException("unsupported database " + hidden + ": Dunwise works with H2 (a folder or "
                    + "jdbc:h2:…) and PostgreSQL (jdbc:postgresql://…)");
        }
        Path folder = Path.of(location).toAbsolutePath().normalize();
        return new LedgerDatabase("jdbc:h2:file:" + folder.resolve("ledger") + DURABLE_COMMITS, "org.h2.Driver",
                "sa", "", folder.toString(), folder);
    }

    /**
     * {@code text} (a message of the driver, say) without any password this database was given: masked where it
     * has the shape of an address, and the password itself, as written and as decoded, wherever else it shows.
     */
    String hide(String text) {
        if (text == null) {
            return null;
        }
        String hidden = Passwords.masked(text);
        for (String secret : secrets()) {
            if (secret.length() >= 3) {
                hidden = hidden.replace(secret, Passwords.MASK);
            }
        }
        return hidden;
    }

    private List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(password);
        Matcher values = PASSWORD_VALUE.matcher(jdbcUrl);
        while (values.find()) {
            String value = values.group(1) != null ? values.group(1) : values.group(2);
            secrets.add(value);
            try {
                secrets.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notEncoded) {
                // "S3cret%zz" is no valid encoding: the value as written is all there is to hide
            }
        }
        return secrets;
    }

    /** Whether a ledger is there to open: for a folder, its database file; an address is asked once connected. */
    boolean holdsLedger() {
        return folder == null || Files.isRegularFile(folder.resolve(FILE));
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
                throw new LedgerException("cannot create the ledger folder " + folder + " (" + e + ")", e);
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
