package io.dunwise.dsl.strategies;

import java.nio.file.Path;

/** A problem found in a strategy file, with its location. */
public record StrategyDiagnostic(Path file, int line, int column, Severity severity, String message) {

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
