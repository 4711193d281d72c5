package io.dunwise.ledger.csv.internal;

/**
 * Text cells made safe for spreadsheet programs (issue 18 §3b), as the OWASP advice on CSV injection says: a value
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula
 * ({@code =HYPERLINK(…)}, {@code =cmd|' /C calc'!A0}), so the export writes it behind a single quote, which a
 * spreadsheet shows as text. The import takes that quote off again. So that the round trip export → import →
 * export stays byte-identical, a value that already starts with quotes before such a character gets one more,
 * and loses exactly one. Only free-text columns (ids, names, emails, lists) go through here: an amount like
 * {@code -12.50} stays a number.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The value as the export writes it. */
    static String neutralised(String value) {
        return value != null && startsLikeAFormula(value) ? "'" + value : value;
    }

    /** The value a neutralised cell stands for. */
    static String restored(String cell) {
        return cell.startsWith("'") && startsLikeAFormula(cell) ? cell.substring(1) : cell;
    }

    /** Whether the first character after any leading quotes would start a formula. */
    private static boolean startsLikeAFormula(String value) {
        int at = 0;
        while (at < value.length() && value.charAt(at) == '\'') {
            at++;
        }
        return at < value.length() && "=+-@\t\r".indexOf(value.charAt(at)) >= 0;
    }
}
