package io.dunwise.ledger.csv.internal;

import io.dunwise.ledger.api.Amount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of a ledger file with typed access to its columns. A bad value is reported as a problem of this row
 * (at its line) and read as null, so that one pass over a file finds every bad value in it.
 */
final class CsvRow {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Exactly {@code YYYY-MM-DD}: no sign, no fifth year digit, no space around it (issue 18 §3). */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final CSVRecord record;
    private final String file;
    private final long line;
    private final Problems problems;
    private boolean bad;

    CsvRow(CSVRecord record, String file, long line, Problems problems) {
        this.record = record;
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    /** Whether any value of this row was bad so far. */
    boolean isBad() {
        return bad;
    }

    void problem(String message) {
        bad = true;
        problems.add(file, line, message);
    }

    /**
     * Checks the free-text values of the row before anything reads them (issue 18 §3): each must fit its database
     * column ({@link ColumnWidths}; a contact's purposes joined, each attribute's key and value) and hold no NUL,
     * which H2 would keep and PostgreSQL refuse. So every such problem of the row is reported, and a row with one is
     * never written.
     */
    void checkTexts() {
        ColumnWidths.of(file).forEach((column, width) -> {
            String value = optional(column);
            if (value != null && value.length() > width) {
                problem(tooLong(column, value, width));
            } else if (value != null && value.indexOf('\u0000') >= 0) {
                problem(column + " holds a NUL character, which no text in a ledger may hold");
            }
        });
        if (file.equals("contacts.csv")) {
            String purposes = String.join(";", list("purposes"));
            if (purposes.length() > ColumnWidths.PURPOSES) {
                problem(tooLong("purposes", purposes, ColumnWidths.PURPOSES));
            }
        }
        if (file.equals("customers.csv")) {
            for (String item : list("attributes")) {
                int at = item.indexOf('=');
                String key = at < 0 ? item : item.substring(0, at).strip();
                String value = at < 0 ? "" : item.substring(at + 1).strip();
                if (key.length() > ColumnWidths.ATTRIBUTE_KEY) {
                    problem(tooLong("attribute key " + shown(key.substring(0, 20) + "…"), key,
                            ColumnWidths.ATTRIBUTE_KEY));
                }
                if (value.length() > ColumnWidths.ATTRIBUTE_VALUE) {
                    problem(tooLong("attribute " + shown(key), value, ColumnWidths.ATTRIBUTE_VALUE));
                }
                if (item.indexOf('\u0000') >= 0) {
                    problem("attributes hold a NUL character, which no text in a ledger may hold");
                }
            }
        }
    }

    /**
     * The trimmed text of a column, as the export wrote it before neutralising formulas ({@link SpreadsheetText}),
     * or null when the column is absent or empty.
     */
    String optional(String column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        value = SpreadsheetText.restored(value.strip());
        return value.isEmpty() ? null : value;
    }

    /** The value of a column exactly as the file has it, or null when it is absent or blank. */
    private String raw(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value;
    }

    String required(String column) {
        if (raw(column) == null) {
            problem(column + " is empty");
            return null;
        }
        return optional(column);
    }

    /**
     * A value as a message quotes it: in quotes, on one line (a line break or other control character shows as its
     * escape), and cut short when long, so that a problem stays one readable line whatever the file holds.
     */
    static String shown(String value) {
        String cut = value.length() > 80 ? value.substring(0, 60) + "…" : value;
        StringBuilder out = new StringBuilder("\"");
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04X", c);
                });
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** A problem saying a value does not fit: its length and the width, never the (maybe huge) value itself. */
    static String tooLong(String what, String value, int width) {
        return what + " is " + value.length() + " characters long; at most " + width + " fit";
    }

    LocalDate date(String column, boolean required) {
        String text = raw(column);
        if (text == null) {
            if (required) {
                problem(column + " is empty");
            }
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() > 0) {
                    return date;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below, as every other text that is no date
        }
        problem(column + " " + shown(text) + " is not a date (YYYY-MM-DD)");
        return null;
    }

    BigDecimal decimal(String column, boolean required) {
        String text = required ? required(column) : optional(column);
        return text == null ? null : decimalOf(column, text);
    }

    BigDecimal decimalOf(String what, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            problem(what + " " + shown(text) + " is not a decimal number (like 1250.50)");
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > 4 || value.precision() - value.scale() > 15) {
            problem(what + " " + shown(text) + " has more than 15 digits before or 4 after the point");
            return null;
        }
        return value;
    }

    String currency(String column) {
        String text = required(column);
        if (text != null && !Amount.isCurrencyCode(text)) {
            problem(column + " " + shown(text) + " is not an ISO 4217 currency code (like EUR)");
            return null;
        }
        return text;
    }

    Amount amount(String column, String currency, boolean required) {
        BigDecimal value = decimal(column, required);
        return value == null || currency == null ? null : new Amount(value, currency);
    }

    boolean flag(String column) {
        String text = optional(column);
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        problem(column + " " + shown(text) + " is not true or false");
        return false;
    }

    /** A {@code ;}-separated list, without empty items. */
    List<String> list(String column) {
        String text = optional(column);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** A {@code ;}-separated list of {@code key=value} pairs (customer attributes, settlements). */
    Map<String, String> pairs(String column, String separator) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (String item : list(column)) {
            int at = item.indexOf(separator);
            if (at <= 0) {
                problem(column + " item " + shown(item) + " is not key" + separator + "value");
                continue;
            }
            String key = item.substring(0, at).strip();
            if (pairs.put(key, item.substring(at + 1).strip()) != null) {
                duplicates.add(key);
            }
        }
        duplicates.forEach(key -> problem(column + " names " + key + " twice"));
        return pairs;
    }
}
