package io.dunwise.dsl.ide.formatting;

import java.util.List;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The language server's formatting: a text with syntax errors is left as it is, as the workbench's editor does.
 * Xtext's formatter cannot lay out a broken text; asked to, it answered "Internal error: No ITextReplacer
 * configured" (issue 18 §3).
 */
public class BrokenTextFormatting extends FormattingService {

    @Override
    public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
            FormattingOptions options) {
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return List.of();
        }
        return super.format(resource, document, offset, length, options);
    }
}
