package io.dunwise.store.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * The process {@link DurableCommitTest} kills: opens the ledger folder as the store does, commits one row, says
 * so on stdout, and goes on writing (as a run does) until it is killed.
 */
public final class CommitThenKeepWriting {

    private CommitThenKeepWriting() {
    }

    public static void main(String[] args) throws Exception {
        LedgerDatabase database = LedgerDatabase.of(args[0]);
        long id = Long.parseLong(args[1]);
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into confirmed values (?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "recorded before performed");
            insert.executeUpdate();
            System.out.println("committed " + id);
            System.out.flush();
            for (long later = 1; ; later++) {
                insert.setLong(1, -id * 1_000_000 - later);
                insert.setString(2, "written after the confirmed commit, until the process is killed");
                insert.executeUpdate();
            }
        }
    }
}
