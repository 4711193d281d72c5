package io.dunwise.ledger.csv.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many characters each text column of the ledger files may hold: the widths of the database columns they are
 * stored in ({@code V1__ledger.sql}, the addresses {@code V8__postal_addresses.sql}), so that an import refuses a value that would not fit with its
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
    /** A postal address's street, of one or more lines ({@code V8__postal_addresses.sql}). */
    static final int STREET = 1000;
    static final int POSTAL_CODE = 32;
    /** A contact's purposes, stored joined by {@code ;}. */
    static final int PURPOSES = 1000;

    /** Per file, in the order of its columns (problems are reported in that order). */
    private static final Map<String, Map<String, Integer>> WIDTHS = Map.of(
            "customers.csv", ordered("name", NAME, "group", 64, "country", 8, "language", LANGUAGE,
                    "salesGroup", 64, "street", STREET, "postalCode", POSTAL_CODE, "city", NAME, "countryName", NAME),
            "contacts.csv", ordered("name", NAME, "email", EMAIL, "language", LANGUAGE, "street", STREET,
                    "postalCode", POSTAL_CODE, "city", NAME, "countryName", NAME),
            "salesreps.csv", ordered("salesGroup", 64, "name", NAME, "email", EMAIL),
            "agents.csv", ordered("name", NAME, "email", EMAIL, "team", 64),
            "payments.csv", ordered("bankAccount", 64));

    private ColumnWidths() {
    }

    private static Map<String, Integer> ordered(Object... columnsAndWidths) {
        Map<String, Integer> widths = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndWidths.length; i += 2) {
            widths.put((String) columnsAndWidths[i], (Integer) columnsAndWidths[i + 1]);
        }
        return widths;
    }

    /** The free-text columns of a file and their widths; ids, dates, amounts and lists are checked otherwise. */
    static Map<String, Integer> of(String file) {
        return WIDTHS.getOrDefault(file, Map.of());
    }
}
