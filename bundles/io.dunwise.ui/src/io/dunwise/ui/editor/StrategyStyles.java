package io.dunwise.ui.editor;

import io.dunwise.dsl.ide.editing.StrategyHighlight;
import java.util.List;
import java.util.Map;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * The colours of the strategy language: keywords, comments, strings and numbers as the parser sees them, and the
 * semantic styles of the language's IDE services — definitions, action types (plug-in types apart), references
 * and template placeholders.
 */
final class StrategyStyles {

    private record Style(Color colour, int fontStyle) {
    }

    private final Map<String, Style> styles = Map.of(
            StrategyHighlight.KEYWORD, new Style(new Color(127, 0, 85), SWT.BOLD),
            StrategyHighlight.COMMENT, new Style(new Color(63, 127, 95), SWT.ITALIC),
            StrategyHighlight.STRING, new Style(new Color(42, 0, 255), SWT.NORMAL),
            StrategyHighlight.NUMBER, new Style(new Color(125, 125, 125), SWT.NORMAL),
            "definition", new Style(new Color(0, 0, 192), SWT.BOLD),
            "actionType", new Style(new Color(0, 128, 128), SWT.BOLD),
            "pluginActionType", new Style(new Color(160, 90, 0), SWT.BOLD),
            "reference", new Style(new Color(0, 90, 160), SWT.NORMAL),
            "placeholder", new Style(new Color(192, 80, 0), SWT.BOLD));

    /** The presentation of a text of the given length with the highlights; later highlights win where they overlap. */
    TextPresentation presentation(List<StrategyHighlight> highlights, int length) {
        TextPresentation presentation = new TextPresentation();
        for (StrategyHighlight highlight : highlights) {
            Style style = styles.get(highlight.style());
            if (style == null || highlight.offset() < 0 || highlight.offset() + highlight.length() > length
                    || highlight.length() <= 0) {
                continue;
            }
            presentation.mergeStyleRange(new StyleRange(highlight.offset(), highlight.length(), style.colour(), null,
                    style.fontStyle()));
        }
        return presentation;
    }
}
