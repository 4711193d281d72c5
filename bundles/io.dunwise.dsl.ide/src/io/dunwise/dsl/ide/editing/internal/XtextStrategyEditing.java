package io.dunwise.dsl.ide.editing.internal;

import com.google.inject.Injector;
import io.dunwise.dsl.ide.DunwiseIdeSetup;
import io.dunwise.dsl.ide.editing.StrategyAnalysis;
import io.dunwise.dsl.ide.editing.StrategyCompletion;
import io.dunwise.dsl.ide.editing.StrategyEditing;
import io.dunwise.dsl.ide.editing.StrategyProblem;
import io.dunwise.dsl.strategies.StrategyDiagnostic.Severity;
import io.dunwise.dsl.strategies.StrategyLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The editor services over Xtext's IDE injector for the action types installed now (R18): validation as the
 * loader validates, the parser's lexical highlighting with the language's semantic one, Xtext's content assist and
 * formatter. Calls are serialised: Xtext's resources are not shared between threads.
 */
@Component(service = StrategyEditing.class)
public class XtextStrategyEditing implements StrategyEditing {

    private final Injector ide;

    @Activate
    public XtextStrategyEditing(@Reference StrategyLanguage language) {
        this.ide = new DunwiseIdeSetup(language.actionTypes()).createInjector();
    }

    @Override
    public synchronized StrategyAnalysis analyse(Path file, String text, List<Path> context) {
        XtextResource resource = new EditedText(ide, file, text, context).resolved();
        List<StrategyProblem> problems = new ArrayList<>();
        for (Issue issue : ide.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl)) {
            problems.add(problem(issue, text.length()));
        }
        problems.sort((a, b) -> a.offset() != b.offset() ? Integer.compare(a.offset(), b.offset())
                : a.message().compareTo(b.message()));
        return new StrategyAnalysis(problems, new TextColours(
                ide.getInstance(ISemanticHighlightingCalculator.class)).of(resource));
    }

    private static StrategyProblem problem(Issue issue, int textLength) {
        Severity severity = switch (issue.getSeverity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
        int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), textLength);
        int length = issue.getLength() == null ? 0 : Math.min(issue.getLength(), textLength - offset);
        if (length == 0 && textLength > 0) {
            offset = Math.min(offset, textLength - 1);
            length = 1;
        }
        return new StrategyProblem(offset, length, issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
                issue.getColumn() == null ? 1 : issue.getColumn(), severity, issue.getMessage());
    }

    @Override
    public synchronized List<StrategyCompletion> complete(Path file, String text, int offset, List<Path> context) {
        XtextResource resource = new EditedText(ide, file, text, context).resolved();
        Document document = new Document(1, text);
        Position position = document.getPosition(Math.max(0, Math.min(offset, text.length())));
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()),
                position);
        Set<StrategyCompletion> completions = new LinkedHashSet<>();
        for (CompletionItem item : ide.getInstance(ContentAssistService.class)
                .createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems()) {
            String replacement = item.getInsertText() == null ? item.getLabel() : item.getInsertText();
            int from = offset;
            int to = offset;
            if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
                TextEdit edit = item.getTextEdit().getLeft();
                Range range = edit.getRange();
                replacement = edit.getNewText();
                from = document.getOffSet(range.getStart());
                to = document.getOffSet(range.getEnd());
            }
            completions.add(new StrategyCompletion(item.getLabel(), item.getDetail(), replacement, from, to - from));
        }
        return List.copyOf(completions);
    }

    @Override
    public synchronized String format(Path file, String text) {
        XtextResource resource = new EditedText(ide, file, text, List.of()).parsed();
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return text;
        }
        FormatterRequest request = ide.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(ide.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
        request.setAllowIdentityEdits(false);
        List<ITextReplacement> replacements = new ArrayList<>(ide.getInstance(IFormatter2.class).format(request));
        replacements.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
        StringBuilder formatted = new StringBuilder(text);
        replacements.forEach(r -> formatted.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText()));
        return formatted.toString();
    }
}
