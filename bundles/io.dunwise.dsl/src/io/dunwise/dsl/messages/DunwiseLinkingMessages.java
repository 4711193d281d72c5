package io.dunwise.dsl.messages;

import com.google.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * "unknown template 'Overdue2'; defined email templates: Overdue, Escalation" instead of "Couldn't resolve
 * reference": a reference to something not defined in the strategy set names what is.
 */
public class DunwiseLinkingMessages extends LinkingDiagnosticMessageProvider {

    private static final int MAX_NAMES = 12;

    @Inject
    private IScopeProvider scopes;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String kind = Kinds.of(context.getReference().getEReferenceType());
        List<String> known = StreamSupport
                .stream(scopes.getScope(context.getContext(), context.getReference()).getAllElements().spliterator(),
                        false)
                .map(description -> description.getName().toString())
                .distinct()
                .sorted()
                .toList();
        String message = "unknown " + kind + " '" + context.getLinkText() + "'; "
                + (known.isEmpty() ? "no " + kind + " is defined"
                        : "defined: " + String.join(", ", known.subList(0, Math.min(MAX_NAMES, known.size())))
                                + (known.size() > MAX_NAMES ? ", …" : ""));
        return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
    }

    /** The words a strategy author uses for the model's types. */
    public static final class Kinds {
        private Kinds() {
        }

        /** "a pool", "an email template": the word with its article. */
        public static String article(String word) {
            return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
        }

        public static String of(EClass type) {
            return switch (type.getName()) {
                case "AgingDefinition" -> "aging definition";
                case "ActivityTemplate" -> "activity template";
                case "EmailTemplate" -> "email template";
                case "LetterTemplate" -> "letter template";
                case "TestCustomer" -> "customer of this test";
                case "TestInvoice" -> "invoice of this test";
                default -> type.getName().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }
}
