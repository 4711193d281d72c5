package io.dunwise.dsl.ide.editing;

/**
 * A completion: the characters {@code [offset, offset + length)} of the text (the prefix typed so far) replaced by
 * {@code replacement}.
 */
public record StrategyCompletion(String label, String description, String replacement, int offset, int length) {
}
