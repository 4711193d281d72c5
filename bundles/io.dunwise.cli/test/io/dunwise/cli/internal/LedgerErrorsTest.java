package io.dunwise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.LedgerStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Issue 18: how the command line reports a ledger it cannot use — through its own error path, {@link
 * DunwiseCommands#execute}: one line on stderr, exit 2, no stack trace, no password; and (issue 18 §5) only {@code
 * demo} and {@code import} may create a ledger.
 */
class LedgerErrorsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5433/db?user=u&password=S3cretPG";

    @TempDir
    Path work;

    private final List<String> opened = new ArrayList<>();
    private String out;
    private String err;

    /** A store that opens nothing: {@code open} (creating) and {@code openExisting} each fail as told. */
    private LedgerStore store(Supplier<RuntimeException> failure) {
        return new LedgerStore() {
            @Override
            public Ledger open(String location) {
                opened.add("open (creating) " + location);
                throw failure.get();
            }

            @Override
            public Ledger openExisting(String location) {
                opened.add("openExisting " + location);
                throw failure.get();
            }
        };
    }

    private int execute(LedgerStore store, String... args) {
        ConfigurationAdmin admin = fake(ConfigurationAdmin.class);
        ServiceComponentRuntime components = fake(ServiceComponentRuntime.class);
        DunwiseCommands commands = new DunwiseCommands(store, null, null, null, null, null,
                new ComponentConfigurations(null, admin, components), null, null, null, null);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<String> withConfig = new ArrayList<>(List.of("--config", work.toString()));
        withConfig.addAll(List.of(args));
        int exit = commands.execute(withConfig.toArray(String[]::new), new PrintStream(stdout, true,
                StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private static <T> T fake(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"history --pending", "hold --customer C1 --release", "export OUT", "predict"})
    void issue18s5ACommandOtherThanDemoAndImportRefusesAMissingLedger(String command) {
        String missing = work.resolve("wrong").toString();
        List<String> args = new ArrayList<>(List.of("--db", missing));
        args.addAll(List.of(command.replace("OUT", work.resolve("out").toString()).split(" ")));
        int exit = execute(store(() -> new LedgerException("there is no ledger in " + missing + ": check --db, or "
                + "create one with 'dunwise import DIR' (your CSV files) or 'dunwise demo'")),
                args.toArray(String[]::new));

        assertEquals(2, exit, err);
        assertEquals(List.of("openExisting " + missing), opened, "the command must not create a ledger");
        assertEquals(List.of("dunwise: there is no ledger in " + missing + ": check --db, or create one with "
                + "'dunwise import DIR' (your CSV files) or 'dunwise demo'"), err.lines().toList());
        assertEquals("", out);
    }

    @Test
    void issue18AFaultTheStoreToldIsOneLineWithExit2() {
        // as the store reports a full disk (DatabaseFault), whatever the command
        int exit = execute(store(() -> new LedgerException("the disk of the ledger " + URL.replace("S3cretPG", "***")
                + " is full: what could not be recorded was not done; free some space and run the command again",
                new SQLException("IO Exception: \"No space left on device\"\n[90028-240]", "HY000", 90028))),
                "--db", URL, "history", "--pending");

        assertEquals(2, exit);
        assertEquals(1, err.lines().count(), err);
        assertEquals("dunwise: the disk of the ledger jdbc:postgresql://127.0.0.1:5433/db?user=u&password=*** is "
                + "full: what could not be recorded was not done; free some space and run the command again",
                err.strip());
    }

    @Test
    void issue18ADriverExceptionThatReachesTheCommandLineIsOneLineWithoutThePassword() {
        // a database stopped under a query the store did not put in words: EclipseLink's text of several lines,
        // with the URL and its password in it
        Supplier<RuntimeException> stopped = () -> new IllegalStateException("Exception [EclipseLink-4002]: "
                + "Internal Exception: org.postgresql.util.PSQLException: Connection to " + URL + " refused.\n"
                + "Error Code: 0\nQuery: ReadAllQuery(referenceClass=StoredHistoryEntry)",
                new SQLException("Connection to 127.0.0.1:5433 refused (url " + URL + ")\n\tat org.postgresql…",
                        "08001"));
        int exit = execute(store(stopped), "--db", URL, "hold", "--customer", "C1", "--release");

        assertEquals(2, exit);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("S3cretPG"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertEquals("dunwise: the database failed: Connection to 127.0.0.1:5433 refused (url "
                + "jdbc:postgresql://127.0.0.1:5433/db?user=u&password=***); check --db and that the database is "
                + "running, writable and has room", err.strip());
    }

    @Test
    void issue18AnUnforeseenFailureKeepsItsTraceButNotAPassword() {
        String trace = CommandFailure.unexpected(new IllegalStateException("bug near postgresql://u:pw1234@host"));
        assertFalse(trace.contains("pw1234"), trace);
    }
}
