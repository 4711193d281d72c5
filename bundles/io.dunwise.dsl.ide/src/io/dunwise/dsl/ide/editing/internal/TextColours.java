package io.dunwise.dsl.ide.editing.internal;

import io.dunwise.dsl.ide.editing.StrategyHighlight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The colours of a parsed text: keywords, comments, strings and numbers by the terminal that read them, then the
 * language's semantic highlighting (definitions, action types, references, placeholders) over them.
 */
final class TextColours {

    private final ISemanticHighlightingCalculator semantic;

    TextColours(ISemanticHighlightingCalculator semantic) {
        this.semantic = semantic;
    }

    List<StrategyHighlight> of(XtextResource resource) {
        List<StrategyHighlight> highlights = new ArrayList<>();
        if (resource.getParseResult() != null) {
            for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
                String style = lexical(leaf);
                if (style != null && leaf.getLength() > 0) {
                    highlights.add(new StrategyHighlight(leaf.getOffset(), leaf.getLength(), style));
                }
            }
        }
        semantic.provideHighlightingFor(resource, (offset, length, ids) -> {
            if (length > 0 && ids.length > 0) {
                highlights.add(new StrategyHighlight(offset, length, ids[0]));
            }
        }, CancelIndicator.NullImpl);
        highlights.sort(Comparator.comparingInt(StrategyHighlight::offset));
        return highlights;
    }

    private static String lexical(ILeafNode leaf) {
        EObject element = leaf.getGrammarElement();
        if (element instanceof Keyword keyword) {
            return keyword.getValue().chars().allMatch(Character::isLetter) ? StrategyHighlight.KEYWORD : null;
        }
        AbstractRule rule = element instanceof RuleCall call ? call.getRule()
                : element instanceof AbstractRule terminal ? terminal : null;
        if (rule == null) {
            return null;
        }
        return switch (rule.getName()) {
            case "ML_COMMENT", "SL_COMMENT" -> StrategyHighlight.COMMENT;
            case "STRING" -> StrategyHighlight.STRING;
            case "INT" -> StrategyHighlight.NUMBER;
            default -> null;
        };
    }
}
