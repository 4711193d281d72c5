package io.dunwise.ledger.csv.internal;

import java.util.Map;

/**
 * How many characters each text column of the ledger files may hold: the widths of the database columns they are
 * stored in ({@code V1__ledger.sql}), so that an import refuses a value that would not fit with its
 * {@code file:line} before the database sees it (issue 18 §3), not with the database's own multi-line message.
 * Lengths are counted in UTF-16 units, never fewer than the characters a database counts. The store's tests import
 * a ledger with every column at exactly this width, so the table cannot drift from the schema unnoticed.
 */
final class ColumnWidths {

    static final int ID = 64;
    static final int NAME = 255;
    static final int EMAIL = 320;
    static final int LANGUAGE = 35;
    static final int ATTRIBUTE_KEY = 64;
    static final int ATTRIBUTE_VALUE = 255;
    /** A contact's purposes, stored joined by {@code ;}. */
    static final int PURPOSES = 1000;

    private static final Map<String, Map<String, Integer>> WIDTHS = Map.of(
            "customers.csv", Map.of("name", NAME, "group", 64, "country", 8, "language", LANGUAGE,
                    "salesGroup", 64),
            "contacts.csv", Map.of("name", NAME, "email", EMAIL, "language", LANGUAGE),
            "salesreps.csv", Map.of("salesGroup", 64, "name", NAME, "email", EMAIL),
            "agents.csv", Map.of("name", NAME, "email", EMAIL, "team", 64),
            "payments.csv", Map.of("bankAccount", 64));

    private ColumnWidths() {
    }

    /** The width of a free-text column of a file, or 0 when its values are checked otherwise (ids, dates, …). */
    static int of(String file, String column) {
        return WIDTHS.getOrDefault(file, Map.of()).getOrDefault(column, 0);
    }
}
