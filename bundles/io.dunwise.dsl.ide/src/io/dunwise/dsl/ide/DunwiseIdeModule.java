package io.dunwise.dsl.ide;

import io.dunwise.dsl.ide.contentassist.DunwiseContentProposals;
import io.dunwise.dsl.ide.highlighting.DunwiseHighlighting;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/** Guice bindings of the IDE services: content assist, semantic highlighting (the language server uses both). */
public class DunwiseIdeModule extends AbstractDunwiseIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return DunwiseContentProposals.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return DunwiseHighlighting.class;
    }
}
