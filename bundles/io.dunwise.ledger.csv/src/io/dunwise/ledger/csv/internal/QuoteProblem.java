package io.dunwise.ledger.csv.internal;

import org.apache.commons.csv.CSVException;

/**
 * What Commons CSV's parse errors mean to someone who edits a ledger file in a text editor or a spreadsheet: one
 * line naming the mistake and how to write it right, instead of the parser's own words.
 */
final class QuoteProblem {

    private QuoteProblem() {
    }

    static String of(CSVException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed: its opening \" has no closing \" before the end of the file";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "text after the closing quote of a value; inside a quoted value write a quote as \"\"";
        }
        if (message.contains("EOF while processing escape sequence")) {
            return "the file ends inside an escape sequence";
        }
        return "not CSV: " + message.lines().findFirst().orElse("");
    }
}
