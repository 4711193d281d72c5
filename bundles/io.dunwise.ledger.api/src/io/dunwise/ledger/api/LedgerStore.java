package io.dunwise.ledger.api;

/**
 * Opens ledgers. {@code location} is a folder for the embedded database (default {@code ./dunwise-data}) or a
 * JDBC URL ({@code jdbc:postgresql://…}); the schema is created or brought up to date on opening.
 */
public interface LedgerStore {

    String DEFAULT_LOCATION = "dunwise-data";

    Ledger open(String location);
}
