package io.dunwise.dsl.strategies;

import java.nio.file.Path;

/** A problem found in a strategy file, with its location. */
public record StrategyDiagnostic(Path file, int line, int column, Severity severity, String message) {

    /** The message is kept on one line: tools read one diagnostic per line (issue 18 §3). */
    public StrategyDiagnostic {
        message = oneLine(message);
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(message.length());
        boolean breaking = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                breaking = true;
            } else {
                if (breaking && line.length() > 0 && line.charAt(line.length() - 1) != ' ' && c != ' ') {
                    line.append(' ');
                }
                breaking = false;
                line.append(c);
            }
        }
        return line.toString();
    }

    /** How bad a problem is; errors make a strategy set unusable. */
    public enum Severity {
        ERROR, WARNING, INFO;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code file:line:col: severity: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message;
    }
}
