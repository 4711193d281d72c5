package io.dunwise.dsl.ide.contentassist;

import com.google.inject.Inject;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.dsl.actions.ActionType;
import io.dunwise.dsl.actions.ActionTypeCatalog;
import io.dunwise.model.LetterTemplate;
import io.dunwise.model.Step;
import io.dunwise.model.vocabulary.Placeholder;
import io.dunwise.model.vocabulary.PoolField;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Content assist beyond keywords and references: the action types of the installed handlers (R18) with their
 * parameters, the customer fields a pool can test (R1), and {@code {{placeholders}}} inside template texts
 * (R13, R14, R31).
 */
public class DunwiseContentProposals extends IdeContentProposalProvider {

    private static final Set<String> TEMPLATE_TEXTS = Set.of("ActivityTemplate.details", "TemplateVersion.subject",
            "TemplateVersion.body");

    @Inject
    private ActionTypeCatalog actionTypes;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        String where = GrammarUtil.containingParserRule(assignment).getName() + "." + assignment.getFeature();
        switch (where) {
            case "Step.actionType", "ExpectedAction.actionType" -> actionTypes(context, acceptor);
            case "StepParameter.name" -> parameters(context, acceptor);
            case "FieldCondition.field" -> {
                poolFields(context, acceptor);
                super._createProposals(assignment, context, acceptor);
            }
            default -> {
                if (TEMPLATE_TEXTS.contains(where)) {
                    placeholders(context, acceptor);
                }
                super._createProposals(assignment, context, acceptor);
            }
        }
    }

    private void actionTypes(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (ActionType type : actionTypes.all()) {
            accept(type.name(), type.description(), ContentAssistEntry.KIND_FUNCTION, context, acceptor);
        }
    }

    private void parameters(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        Step step = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Step.class);
        if (step == null) {
            return;
        }
        actionTypes.find(step.getActionType()).ifPresent(type -> {
            for (ActionParameter parameter : type.parameters()) {
                accept(parameter.name(), (parameter.required() ? "required " : "") + parameter.kind().name()
                        .toLowerCase(java.util.Locale.ROOT) + ": " + parameter.description(),
                        ContentAssistEntry.KIND_PROPERTY, context, acceptor);
            }
        });
    }

    private void poolFields(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (PoolField field : PoolField.values()) {
            accept(field.key(), field.description(), ContentAssistEntry.KIND_FIELD, context, acceptor);
        }
        accept(PoolField.ATTRIBUTE_PREFIX, "a free attribute of the customer", ContentAssistEntry.KIND_FIELD, context,
                acceptor);
    }

    /** Inside a template text after {@code {{}: the placeholders, completing the text written so far. */
    private void placeholders(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        String prefix = context.getPrefix();
        int open = prefix.lastIndexOf("{{");
        if (open < 0 || prefix.indexOf("}}", open) >= 0) {
            return;
        }
        String partial = prefix.substring(open + 2).replace("{", "").trim();
        EObject model = context.getCurrentModel();
        boolean letter = EcoreUtil2.getContainerOfType(model, LetterTemplate.class) != null;
        for (Placeholder placeholder : Placeholder.values()) {
            if (placeholder.key().startsWith(partial) && (letter || !placeholder.lettersOnly())) {
                accept(prefix.substring(0, open) + "{{" + placeholder.key() + "}}", placeholder.description(),
                        ContentAssistEntry.KIND_VALUE, context, acceptor);
            }
        }
    }

    private void accept(String proposal, String description, String kind, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, kind, e -> {
            e.setDescription(description);
            e.setLabel(proposal.contains("{{") ? proposal.substring(proposal.lastIndexOf("{{")) : proposal);
        });
        if (entry != null) {
            acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
        }
    }
}
