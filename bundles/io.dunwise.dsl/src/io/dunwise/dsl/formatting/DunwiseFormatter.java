package io.dunwise.dsl.formatting;

import io.dunwise.model.AgingDefinition;
import io.dunwise.model.AgingPeriod;
import io.dunwise.model.Element;
import io.dunwise.model.EmailTemplate;
import io.dunwise.model.LetterTemplate;
import io.dunwise.model.Parameters;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import io.dunwise.model.TestCase;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * The layout of strategy files: one space between words, definitions one below the other (a blank line kept
 * where the author put one), the content of every block on its own lines, indented by one level.
 * {@code dunwise format} and the editors use it; formatting never changes the model.
 */
public class DunwiseFormatter extends AbstractJavaFormatter {

    private static final List<String> PARAMETER_ENTRIES = List.of("company", "settle", "writeoff", "nsf",
            "prediction", "default");

    /**
     * A hidden part of the white-space rule that is not white space is a byte-order mark, or a level of nesting the
     * parser was given as blanks (issue 18 §3): the formatter takes it for a comment and, knowing no comment like it,
     * failed with "No ITextReplacer configured". It is kept as it is.
     */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        if (comment.getGrammarElement() instanceof AbstractRule rule && "WS".equals(rule.getName())) {
            return new CommentReplacer(comment) {
                @Override
                public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
                    // the white space around it is laid out as anywhere else
                }

                @Override
                public ITextReplacerContext createReplacements(ITextReplacerContext context) {
                    return context;
                }
            };
        }
        return super.createCommentReplacer(comment);
    }

    protected void format(StrategyFile file, IFormattableDocument document) {
        for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(file)) {
            document.append(region, f -> {
                f.lowPriority();
                f.oneSpace();
            });
            punctuation(region, document);
        }
        List<Element> elements = file.getElements();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (i == 0) {
                document.prepend(element, f -> f.noSpace());
            } else {
                document.prepend(element, f -> f.setNewLines(1, 1, 2));
            }
            document.format(element);
        }
        if (!elements.isEmpty()) {
            document.append(elements.get(elements.size() - 1), f -> f.setNewLines(1));
        }
    }

    protected void format(AgingDefinition aging, IFormattableDocument document) {
        block(aging, aging.getPeriods(), document);
    }

    protected void format(EmailTemplate email, IFormattableDocument document) {
        block(email, email.getVersions(), document);
    }

    protected void format(LetterTemplate letter, IFormattableDocument document) {
        block(letter, letter.eContents(), document);
    }

    protected void format(Strategy strategy, IFormattableDocument document) {
        block(strategy, strategy.getSteps(), document);
    }

    protected void format(TestCase test, IFormattableDocument document) {
        block(test, test.eContents(), document);
    }

    protected void format(Parameters parameters, IFormattableDocument document) {
        block(parameters, List.of(), document);
        for (ISemanticRegion entry : regionFor(parameters).keywords(PARAMETER_ENTRIES.toArray(String[]::new))) {
            if (!isSecondWordOf(entry)) {
                document.prepend(entry, f -> f.newLine());
            }
        }
    }

    /** {@code default aging} starts an entry; the {@code aging} after it does not. */
    private static boolean isSecondWordOf(ISemanticRegion keyword) {
        ISemanticRegion previous = keyword.getPreviousSemanticRegion();
        return previous != null && PARAMETER_ENTRIES.contains(previous.getText());
    }

    /** The braces of a block on their own lines, each child on a line of its own, indented. */
    private void block(EObject owner, List<? extends EObject> children, IFormattableDocument document) {
        ISemanticRegion open = regionFor(owner).keyword("{");
        ISemanticRegion close = regionFor(owner).keyword("}");
        if (open == null || close == null) {
            return;
        }
        document.prepend(open, f -> f.oneSpace());
        document.append(open, f -> f.newLine());
        document.prepend(close, f -> f.newLine());
        document.interior(open, close, f -> f.indent());
        for (EObject child : children) {
            document.prepend(child, f -> f.newLine());
            if (child instanceof AgingPeriod) {
                continue;
            }
            document.format(child);
        }
    }

    /** Punctuation sticks to the word before it; brackets and ranges hug what they enclose. */
    private static void punctuation(ISemanticRegion region, IFormattableDocument document) {
        switch (region.getText()) {
            case ",", ";", "%" -> document.prepend(region, f -> f.noSpace());
            case "(" -> document.append(region, f -> f.noSpace());
            case ")" -> document.prepend(region, f -> f.noSpace());
            case ".." -> document.surround(region, f -> f.noSpace());
            default -> {
                // one space, from the rule above
            }
        }
    }
}
