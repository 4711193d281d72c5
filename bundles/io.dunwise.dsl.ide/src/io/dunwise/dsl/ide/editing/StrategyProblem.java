package io.dunwise.dsl.ide.editing;

import io.dunwise.dsl.strategies.StrategyDiagnostic.Severity;

/**
 * A problem of an edited text, where an editor marks it.
 *
 * @param offset the first character, from 0
 * @param length the characters it covers, at least 1 where the text has any
 * @param line   from 1
 * @param column from 1
 */
public record StrategyProblem(int offset, int length, int line, int column, Severity severity, String message) {
}
