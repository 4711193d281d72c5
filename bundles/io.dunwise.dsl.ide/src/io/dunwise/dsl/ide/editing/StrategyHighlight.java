package io.dunwise.dsl.ide.editing;

/**
 * A range of an edited text and its style: one of the lexical styles here, or a semantic style of
 * {@link io.dunwise.dsl.ide.highlighting.DunwiseHighlighting} (definition, actionType, pluginActionType,
 * reference, placeholder).
 */
public record StrategyHighlight(int offset, int length, String style) {

    public static final String KEYWORD = "keyword";
    public static final String COMMENT = "comment";
    public static final String STRING = "string";
    public static final String NUMBER = "number";
}
