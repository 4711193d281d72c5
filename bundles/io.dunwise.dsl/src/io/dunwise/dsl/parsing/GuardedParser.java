package io.dunwise.dsl.parsing;

import io.dunwise.dsl.parser.antlr.DunwiseParser;
import io.dunwise.dsl.validation.IssueCodes;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;

/**
 * The strategy language's parser, guarded against texts that would overflow its stack: conditions nested beyond
 * {@link ConditionNesting#LIMIT} levels are parsed without their excess levels and reported as one syntax error at
 * the first of them (R1, issue 18 §3). Every tool parses through it: {@code validate}, the language server and the
 * workbench's editor.
 */
public class GuardedParser extends DunwiseParser {

    @Override
    protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
        String original = in.size() == 0 ? "" : in.substring(0, in.size() - 1);
        ConditionNesting nesting = ConditionNesting.of(original);
        if (!nesting.changed(original)) {
            return super.doParse(ruleName, in, builder, initialLookAhead);
        }
        IParseResult result = super.doParse(ruleName, new ANTLRStringStream(nesting.text), builder, initialLookAhead);
        ICompositeNode root = result.getRootNode();
        // the nodes show the text as written: an editor's next change is applied to it, not to the blanked one
        builder.setCompleteContent(root, original);
        boolean errors = result.hasSyntaxErrors();
        if (nesting.tooDeepAt >= 0) {
            ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, nesting.tooDeepAt);
            if (leaf != null) {
                builder.setSyntaxError(leaf, new SyntaxErrorMessage("R1: conditions nest at most "
                        + ConditionNesting.LIMIT + " levels deep (parentheses and 'not'); write this one flatter",
                        IssueCodes.NESTING_TOO_DEEP));
                errors = true;
            }
        }
        return builder.createParseResult(result.getRootASTElement(), root, errors);
    }
}
