package io.dunwise.cli.internal;

import io.dunwise.ledger.csv.FileCounts;

/** The rows of each ledger file, and their total, as a table for people. */
final class FileCountsTable {

    private FileCountsTable() {
    }

    static String of(FileCounts counts) {
        Table table = new Table("File", "Rows");
        counts.rows().forEach((file, rows) -> table.row(file, String.format("%,d", rows)));
        table.row("total", String.format("%,d", counts.total()));
        return table.render();
    }
}
