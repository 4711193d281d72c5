package io.dunwise.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Outcome;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Issue 18: a ledger the store cannot use — missing, unreachable, read-only, in use — is refused with one line that
 * says what happened and what to do, never with the driver's trace, never with a password (R16's history must not
 * be written elsewhere either: a missing ledger is not created).
 */
class LedgerFaultsTest extends StoreTest {

    private static LedgerException refused(Function<String, Ledger> open, String location) {
        LedgerException refused = assertThrows(LedgerException.class, () -> open.apply(location).close());
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        return refused;
    }

    @Test
    void issue18s5AMissingFolderIsRefusedAndNotCreated() {
        Path wrong = work.resolve("wrong").resolve("path");
        LedgerException refused = refused(store::openExisting, wrong.toString());
        assertEquals("there is no ledger in " + wrong + ": check --db, or create one with 'dunwise import DIR' "
                + "(your CSV files) or 'dunwise demo'", refused.getMessage());
        assertFalse(Files.exists(wrong.getParent()), "nothing was created");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void issue18s5AnEmptyDatabaseIsRefusedAndALedgerOpens(String kind) throws Exception {
        String location = TestDatabases.fresh(kind, work);
        assertTrue(refused(store::openExisting, location).getMessage().startsWith("there is no ledger in "));
        store.open(location).close();
        try (Ledger ledger = store.openExisting(location)) {
            assertEquals(0, ledger.customers().count());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://127.0.0.1:1/db?user=u&password=S3cretPG          | cannot reach the database jdbc:postgresql://127.0.0.1:1/db?user=u&password=***
            jdbc:postgresql://127.0.0.1:notaport/db?user=u&password=S3cretPG   | the database address jdbc:postgresql://127.0.0.1:notaport/db?user=u&password=*** is not valid
            jdbc:postgresql://127.0.0.1:99999/db?user=u&password=S3cretPG      | the database address jdbc:postgresql://127.0.0.1:99999/db?user=u&password=*** is not valid
            jdbc:postgresql://127.0.0.1:1/db?user=u&password=S3cret%zz         | the database address jdbc:postgresql://127.0.0.1:1/db?user=u&password=*** is not valid
            jdbc:postgresql://127.0.0.1:1/db?user=u&password=S3c;ret&x&ssl=false | cannot reach the database jdbc:postgresql://127.0.0.1:1/db?user=u&password=***&ssl=false
            postgresql://u:S3cret@127.0.0.1/db                                 | unsupported database postgresql://u:***@127.0.0.1/db: Dunwise works with
            """)
    void issue18AnUnreachableDatabaseIsOneLineWithoutItsPassword(String url, String start) {
        for (Function<String, Ledger> open : List.<Function<String, Ledger>>of(store::open, store::openExisting)) {
            String message = refused(open, url).getMessage();
            assertTrue(message.startsWith(start), message);
            assertFalse(message.contains("S3c"), message);
        }
    }

    @Test
    void issue18AReadOnlyLedgerSaysSoInOneLine() {
        Path folder = work.resolve("ledger");
        store.open(folder.toString()).close();
        String readOnly = "jdbc:h2:file:" + folder.resolve("ledger") + ";ACCESS_MODE_DATA=r";
        HistoryEntry entry = new HistoryEntry(0, "run-1", LocalDate.parse("2026-10-01"), "C1", "Dunning", "Reminder",
                "email", List.of("I1"), List.of(), Outcome.PENDING, null);
        LedgerException refused = assertThrows(LedgerException.class, () -> {
            try (Ledger ledger = store.openExisting(readOnly)) {
                ledger.history().record(List.of(entry));
            }
        });
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        assertTrue(refused.getMessage().contains(" is read-only: nothing was changed; make it writable"),
                refused.getMessage());
    }

    @Test
    void issue18s5ALedgerInUseByAnotherProcessNamesTheFile() throws Exception {
        Path folder = work.resolve("ledger");
        store.open(folder.toString()).close();
        Path h2 = h2Jar().orElseThrow(() -> new AssertionError("no H2 jar for a second process to hold the ledger"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", h2.toString(), "org.h2.tools.Shell", "-url",
                "jdbc:h2:file:" + folder.resolve("ledger"), "-user", "sa", "-password", "").redirectErrorStream(true)
                .start();
        try {
            awaitPrompt(other.getInputStream());
            LedgerException refused = refused(store::openExisting, folder.toString());
            assertEquals("another Dunwise command is using the ledger " + folder + " (file "
                    + folder.resolve("ledger.mv.db") + "); wait until it ends, then try again", refused.getMessage());
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    /** The H2 shell's "sql>" prompt: it holds the database open from then on. */
    private static void awaitPrompt(InputStream shell) throws Exception {
        StringBuilder seen = new StringBuilder();
        for (int c = shell.read(); c >= 0; c = shell.read()) {
            seen.append((char) c);
            if (seen.toString().contains("sql>")) {
                return;
            }
        }
        throw new AssertionError("the H2 shell ended: " + seen);
    }

    /** The jar of the H2 bundle in this framework, wherever the test runtime installed it from. */
    private static Optional<Path> h2Jar() {
        for (Bundle bundle : FrameworkUtil.getBundle(LedgerFaultsTest.class).getBundleContext().getBundles()) {
            if (bundle.getEntry("org/h2/tools/Shell.class") != null) {
                String location = bundle.getLocation();
                int file = location.indexOf("file:");
                if (file < 0) {
                    throw new AssertionError("the H2 bundle is not installed from a file: " + location);
                }
                Path jar = Path.of(location.substring(file + "file:".length()));
                if (!jar.isAbsolute()) {
                    String area = System.getProperty("osgi.install.area", "file:.").replaceFirst("^file:", "");
                    jar = Path.of(area).resolve(jar);
                }
                if (!Files.isRegularFile(jar)) {
                    throw new AssertionError("the H2 bundle is no jar: " + location + " (" + jar + ")");
                }
                return Optional.of(jar);
            }
        }
        return Optional.empty();
    }
}
