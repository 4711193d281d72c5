package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import io.dunwise.actions.api.ActionHandler;
import io.dunwise.dsl.ide.DunwiseIdeSetup;
import io.dunwise.dsl.ide.highlighting.DunwiseHighlighting;
import io.dunwise.dsl.strategies.StrategyLanguage;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The IDE services editors and the language server use: completion of installed action types (R18), their
 * parameters, customer fields (R1) and placeholders (R13, R14), and semantic highlighting.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class IdeServicesTest {

    @InjectService(timeout = 10_000)
    StrategyLanguage language;

    @InjectBundleContext
    BundleContext context;

    private Injector ide;

    @BeforeEach
    void setUp() {
        ide = new DunwiseIdeSetup(language.actionTypes()).createInjector();
    }

    /** The completion labels at the {@code |} in {@code text}. */
    private List<String> complete(String text) {
        int cursor = text.indexOf('|');
        String content = text.substring(0, cursor) + text.substring(cursor + 1);
        Strategies strategies = new Strategies(ide);
        XtextResource resource = strategies.parse(content);
        String before = content.substring(0, cursor);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        int character = cursor - (before.lastIndexOf('\n') + 1);
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier("memory:/test.dun"),
                new Position(line, character));
        return ide.getInstance(ContentAssistService.class)
                .createCompletionList(new Document(1, content), resource, params, CancelIndicator.NullImpl)
                .getItems().stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void r18_completionOffersTheInstalledActionTypes() {
        String text = "pool P\nstrategy S rank 1 pool P { step \"x\" | }\n";
        assertTrue(complete(text).containsAll(List.of("activity", "email", "letter")), () -> complete(text).toString());
        ServiceRegistration<ActionHandler> sms = context.registerService(ActionHandler.class, new SmsHandler(), null);
        try {
            assertTrue(complete(text).contains("sms"), () -> complete(text).toString());
            assertEquals(List.of("retries", "template"), complete(
                    "pool P\nstrategy S rank 1 pool P { step \"x\" sms with { | } 3 days after due }\n").stream()
                    .filter(label -> !label.equals("}")).sorted().toList());
        } finally {
            sms.unregister();
        }
        assertTrue(!complete(text).contains("sms"), "gone with its handler");
    }

    @Test
    void r1_completionOffersCustomerFields() {
        List<String> labels = complete("pool P where |");
        assertTrue(labels.containsAll(List.of("group", "country", "balance", "creditLimit", "overdueDays", "creditUse",
                "attribute.")), labels::toString);
    }

    @Test
    void r14_completionOffersPlaceholdersInsideTemplateTexts() {
        List<String> labels = complete("email M { en subject \"Invoice {{invoice.d| body \"b\" }\n");
        assertEquals(List.of("{{invoice.daysOverdue}}", "{{invoice.dueDate}}"), labels.stream().sorted().toList());
    }

    @Test
    void referencesAreCompletedFromTheWholeFile() {
        List<String> labels = complete("pool Big\npool Small\nstrategy S rank 1 pool | { }\n");
        assertTrue(labels.containsAll(List.of("Big", "Small")), labels::toString);
    }

    @Test
    void placeholdersAndDefinitionsAreHighlighted() {
        String text = "activity Call type call details \"Call {{customer.name}} now\"\n";
        XtextResource resource = new Strategies(ide).parse(text);
        List<String> positions = new ArrayList<>();
        ide.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, ids) -> positions.add(text.substring(offset, offset + length) + "=" + ids[0]),
                CancelIndicator.NullImpl);
        assertTrue(positions.contains("Call=" + DunwiseHighlighting.DEFINITION), positions::toString);
        assertTrue(positions.contains("{{customer.name}}=" + DunwiseHighlighting.PLACEHOLDER), positions::toString);
    }
}
