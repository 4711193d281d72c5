package io.dunwise.ledger.api;

/**
 * Opens ledgers. {@code location} is a folder for the embedded database (default {@code ./dunwise-data}) or a
 * JDBC URL ({@code jdbc:postgresql://…}); the schema is created or brought up to date on opening. A database that
 * cannot be reached, is read-only, full or in use by another process is reported as a {@link LedgerException}
 * whose message is one line, saying what happened and what to do, with any password {@linkplain Passwords#masked
 * masked}.
 */
public interface LedgerStore {

    String DEFAULT_LOCATION = "dunwise-data";

    /** Opens the ledger at {@code location}, creating it (an empty ledger) when there is none: for demo and import. */
    Ledger open(String location);

    /**
     * Opens the ledger at {@code location} only if one is there: a mistyped folder or an empty database is refused
     * with a {@link LedgerException} that names it, rather than opened as a new, empty ledger.
     */
    Ledger openExisting(String location);
}
