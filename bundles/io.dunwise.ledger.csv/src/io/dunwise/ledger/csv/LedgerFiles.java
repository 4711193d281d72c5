package io.dunwise.ledger.csv;

import io.dunwise.ledger.api.Ledger;
import java.nio.file.Path;

/**
 * The CSV ledger files of {@code architecture.md}: UTF-8, a header row, {@code ;} between list items. Columns are
 * found by their header, so their order is free; {@code invoices.csv} may add {@code promiseDate} and
 * {@code promisedAmount} (R26).
 */
public interface LedgerFiles {

    /** The files in the order they are read; {@code customers.csv} is required, the others may be absent. */
    java.util.List<String> FILES = java.util.List.of("customers.csv", "contacts.csv", "salesreps.csv", "agents.csv",
            "invoices.csv", "payments.csv");

    /**
     * Replaces the ledger's imported records with the files of a folder, all or nothing: on any bad row the
     * ledger is left as it was and the exception lists every problem found.
     *
     * @throws LedgerImportException if any row (or file) is bad
     */
    FileCounts importFrom(Path folder, Ledger ledger, Progress progress) throws LedgerImportException;

    /** Writes the ledger's imported records to the files of a folder (created if needed), replacing them. */
    FileCounts exportTo(Ledger ledger, Path folder, Progress progress);
}
