package io.dunwise.ui.editor;

import io.dunwise.dsl.ide.editing.StrategyCompletion;
import java.util.List;
import java.util.function.IntFunction;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/** Content assist (Ctrl+Space) from the language's IDE services: keywords, action types and defined names. */
final class StrategyCompletions implements IContentAssistProcessor {

    private final IntFunction<List<StrategyCompletion>> completions;

    /** @param completions the completions at an offset of the document being edited */
    StrategyCompletions(IntFunction<List<StrategyCompletion>> completions) {
        this.completions = completions;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        return completions.apply(offset).stream()
                .map(c -> new CompletionProposal(c.replacement(), c.offset(), c.length(), c.replacement().length(),
                        null, c.description() == null || c.description().isBlank() ? c.label()
                                : c.label() + " — " + c.description(), null, null))
                .toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return new IContextInformation[0];
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[0];
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return new char[0];
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
