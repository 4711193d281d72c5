package io.dunwise.store.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.ProcessHistory;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a database fault met by any repository call reads as one line that says what happened and what to do.
 * A full disk is simulated here: a write that fails as H2 fails when its file cannot grow, wrapped as EclipseLink
 * wraps it; the stopped, read-only, unreachable and busy databases are real in the store's OSGi tests.
 */
class DatabaseFaultTest {

    private static final LedgerDatabase LEDGER = LedgerDatabase.of(Path.of("/data/dunwise").toString());
    private static final LedgerDatabase POSTGRES =
            LedgerDatabase.of("jdbc:postgresql://db.example:5432/ar?user=u&password=S3cretPG");

    /** A process history whose every call fails with {@code failure}, behind the store's fault reporting. */
    private static ProcessHistory failing(LedgerDatabase database, RuntimeException failure) {
        ProcessHistory history = (ProcessHistory) Proxy.newProxyInstance(ProcessHistory.class.getClassLoader(),
                new Class<?>[] {ProcessHistory.class}, (proxy, method, args) -> {
                    throw failure;
                });
        return DatabaseFault.reported(ProcessHistory.class, history, database);
    }

    private static PersistenceException eclipseLink(SQLException cause) {
        return new PersistenceException("Exception [EclipseLink-4002] (Eclipse Persistence Services - 5.0.0): "
                + "org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: " + cause
                + "\nError Code: " + cause.getErrorCode(), cause);
    }

    @Test
    void issue18AFullDiskIsOneLineThatSaysWhatToDo() {
        SQLException full = new SQLException("IO Exception: \"java.io.IOException: No space left on device\"; "
                + "\"/data/dunwise/ledger.mv.db\"\nSQL statement:\nupdate process_history set outcome = ? [90028-240]",
                "90028", 90028);
        LedgerException reported = assertThrows(LedgerException.class,
                () -> failing(LEDGER, eclipseLink(full)).mark(1, "sent"));
        assertEquals("the disk of the ledger /data/dunwise is full: what could not be recorded was not done; free "
                + "some space and run the command again", reported.getMessage());
    }

    @Test
    void issue18AFileOfTheCallersThatFailsInsideARepositoryCallIsNotTakenForTheDatabase() {
        // a letter's PDF is printed while its posting is open (issue 18 §1): its folder's full disk is the letter
        // handler's to tell (the letter waits for the next run), not a full ledger that stops the run
        UncheckedIOException folder = new UncheckedIOException(new IOException("No space left on device"));
        assertSame(folder, assertThrows(UncheckedIOException.class, () -> failing(LEDGER, folder).pending()));
    }

    @Test
    void issue18AFullPostgresqlDiskToo() {
        SQLException full = new SQLException("ERROR: could not extend file \"base/16384/16385\": wrote only 4096 of "
                + "8192 bytes", "53100");
        assertEquals("the disk of the ledger jdbc:postgresql://db.example:5432/ar?user=u&password=*** is full: what "
                + "could not be recorded was not done; free some space and run the command again",
                assertThrows(LedgerException.class, () -> failing(POSTGRES, eclipseLink(full)).pending()).getMessage());
    }

    @Test
    void issue18ADatabaseThatStoppedUnderARunIsOneLineWithoutThePassword() {
        SQLException stopped = new SQLException("An I/O error occurred while sending to the backend.\n"
                + "url=jdbc:postgresql://db.example:5432/ar?user=u&password=S3cretPG", "08006");
        assertEquals("cannot reach the database jdbc:postgresql://db.example:5432/ar?user=u&password=*** (An I/O "
                + "error occurred while sending to the backend); check that the server is running and that host and "
                + "port are right", assertThrows(LedgerException.class,
                        () -> failing(POSTGRES, eclipseLink(stopped)).pending()).getMessage());
    }

    @Test
    void issue18AnH2DatabaseClosedAfterAFailedWriteSaysSo() {
        SQLException closed = new SQLException("The database has been closed [90098-240]", "90098", 90098);
        assertEquals("the database of the ledger /data/dunwise stopped (The database has been closed); check that "
                + "its disk is writable and has room, then run the command again",
                assertThrows(LedgerException.class, () -> failing(LEDGER, eclipseLink(closed)).pending())
                        .getMessage());
    }

    @Test
    void issue18ARunStoppedOnAFaultKeepsItsWordsThroughTheLedgersWalk() {
        // the run decides inside Accounts.forEach: its own report of the fault comes back through that call
        SQLException full = new SQLException("No space left on device", "HY000", 90028);
        RuntimeException told = DatabaseFault.of(LEDGER, eclipseLink(full));
        LedgerException stopped = new LedgerException("the run stopped handing actions over: " + told.getMessage(),
                told);
        assertSame(stopped, DatabaseFault.of(LEDGER, stopped));
    }

    @Test
    void aRefusalOfTheLedgersRulesPassesUnchanged() {
        LedgerException refusal = new LedgerException("no history entry 7");
        assertSame(refusal, assertThrows(LedgerException.class, () -> failing(LEDGER, refusal).marks(7)));
    }
}
