package io.dunwise.ledger.csv;

/**
 * One bad row of an import, shown as {@code file:line: message}; a problem of a header is on line 1, and a
 * problem of a whole file (one that is missing) has line 0 and shows as {@code file: message}.
 */
public record ImportProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
