package io.dunwise.store.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 §0, R16: a commit the embedded ledger confirmed survives the process being killed right after it. A
 * separate JVM opens the ledger folder with the store's own settings ({@link LedgerDatabase}), commits a row, prints
 * that it did and goes on writing; this test kills it (SIGKILL) as soon as it reads that line, reopens the folder
 * the same way and looks for the row: 100 times out of 100. Without durable commits H2 keeps them in memory for up
 * to half a second, and this test finds none of them.
 */
class DurableCommitTest {

    private static final int TRIES = 100;

    @TempDir
    Path work;

    @Test
    void aConfirmedCommitSurvivesAKillRightAfterIt() throws Exception {
        Path folder = work.resolve("ledger");
        LedgerDatabase database = LedgerDatabase.of(folder.toString());
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table confirmed (id bigint primary key, note varchar(100))");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Long> lost = new ArrayList<>();
        for (long id = 1; id <= TRIES; id++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CommitThenKeepWriting.class.getName(), folder.toString(), Long.toString(id))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                line = out.readLine();
                child.destroyForcibly();
            }
            child.waitFor();
            assertEquals("committed " + id, line, "the writing process did not commit");
            try (Connection connection = database.dataSource().getConnection();
                    PreparedStatement find = connection.prepareStatement(
                            "select count(*) from confirmed where id = ?")) {
                find.setLong(1, id);
                try (ResultSet found = find.executeQuery()) {
                    found.next();
                    if (found.getLong(1) != 1) {
                        lost.add(id);
                    }
                }
            }
        }
        assertEquals(List.of(), lost, "confirmed commits lost after a kill, of " + TRIES);
    }
}
