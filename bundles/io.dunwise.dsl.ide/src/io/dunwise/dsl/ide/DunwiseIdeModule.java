package io.dunwise.dsl.ide;

import io.dunwise.dsl.ide.contentassist.DunwiseContentProposals;
import io.dunwise.dsl.ide.formatting.BrokenTextFormatting;
import io.dunwise.dsl.ide.highlighting.DunwiseHighlighting;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.formatting.FormattingService;

/**
 * Guice bindings of the IDE services: content assist, semantic highlighting and formatting (the language server
 * uses them all).
 */
public class DunwiseIdeModule extends AbstractDunwiseIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return DunwiseContentProposals.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return DunwiseHighlighting.class;
    }

    public Class<? extends FormattingService> bindFormattingService() {
        return BrokenTextFormatting.class;
    }
}
