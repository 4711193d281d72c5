package io.dunwise.dsl.validation;

import com.google.inject.Inject;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.dsl.actions.ActionType;
import io.dunwise.dsl.actions.ActionTypeCatalog;
import io.dunwise.dsl.messages.DunwiseLinkingMessages.Kinds;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.Recipient;
import io.dunwise.model.Step;
import io.dunwise.model.StepParameter;
import io.dunwise.model.Template;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.validation.Check;

/**
 * The rules of one step: its action type is available (R18) with the parameters its handler declares, it names
 * the kind of template its type needs (R8), and an email step says who receives it (R8, R14).
 */
class StepRules extends DunwiseRules {

    @Inject
    private ActionTypeCatalog actionTypes;

    /** R18: the action type is built in or provided by an installed handler. */
    @Check
    public void actionTypeAvailable(Step step) {
        if (step.getActionType() != null && actionTypes.find(step.getActionType()).isEmpty()) {
            error("R18: no installed handler provides action type '" + step.getActionType() + "'; available: "
                    + String.join(", ", actionTypes.names()), step, DunwisePackage.Literals.STEP__ACTION_TYPE,
                    IssueCodes.UNKNOWN_ACTION_TYPE, step.getActionType());
        }
    }

    /** R18: every parameter is declared by the type's handler, given once, of the right kind. */
    @Check
    public void parametersDeclared(Step step) {
        Optional<ActionType> type = actionTypes.find(step.getActionType());
        if (type.isEmpty()) {
            return;
        }
        Set<String> given = new HashSet<>();
        for (StepParameter parameter : step.getParameters()) {
            if (!given.add(parameter.getName())) {
                error("parameter '" + parameter.getName() + "' is given twice", parameter,
                        DunwisePackage.Literals.STEP_PARAMETER__NAME, IssueCodes.PARAMETER_TWICE);
                continue;
            }
            Optional<ActionParameter> declared = type.get().parameter(parameter.getName());
            if (declared.isEmpty()) {
                error("R18: action type '" + type.get().name() + "' has no parameter '" + parameter.getName() + "'; "
                        + parameterList(type.get()), parameter, DunwisePackage.Literals.STEP_PARAMETER__NAME,
                        IssueCodes.UNKNOWN_PARAMETER);
            } else if (!fits(declared.get().kind(), parameter.getValue())) {
                error("R18: parameter '" + parameter.getName() + "' takes " + kind(declared.get().kind()), parameter,
                        DunwisePackage.Literals.STEP_PARAMETER__VALUE, IssueCodes.PARAMETER_KIND);
            }
        }
        for (ActionParameter declared : type.get().parameters()) {
            if (declared.required() && !given.contains(declared.name())) {
                error("R18: a '" + type.get().name() + "' step must give parameter '" + declared.name() + "' ("
                        + declared.description() + ")", step, DunwisePackage.Literals.STEP__ACTION_TYPE,
                        IssueCodes.MISSING_PARAMETER, declared.name());
            }
        }
    }

    /** R8: activity and email steps name their template; a template must be of the kind the type uses. */
    @Check
    public void templateFitsType(Step step) {
        Optional<ActionType> type = actionTypes.find(step.getActionType());
        if (type.isEmpty() || type.get().document() == null) {
            return;
        }
        EClass kind = type.get().document();
        String kindName = Kinds.of(kind);
        Template document = step.getDocument();
        if (document == null) {
            if (type.get().documentRequired()) {
                error("R8: " + Kinds.article(type.get().name()) + " step names its " + kindName + ", e.g. "
                        + type.get().name() + " Reminder", step, DunwisePackage.Literals.STEP__ACTION_TYPE,
                        IssueCodes.MISSING_TEMPLATE);
            }
        } else if (!document.eIsProxy() && !kind.isSuperTypeOf(document.eClass())) {
            error("R8: " + document.getName() + " is " + Kinds.article(Kinds.of(document.eClass())) + "; "
                    + Kinds.article(type.get().name()) + " step needs " + Kinds.article(kindName), step,
                    DunwisePackage.Literals.STEP__DOCUMENT, IssueCodes.WRONG_TEMPLATE);
        }
    }

    /** R8, R14: an email step says who receives it; other steps have no recipient. */
    @Check
    public void recipientOfEmail(Step step) {
        boolean email = "email".equals(step.getActionType());
        boolean hasRecipient = step.eIsSet(DunwisePackage.Literals.STEP__RECIPIENT);
        if (email && !hasRecipient) {
            error("R8: an email step says who receives it: to customer, to salesGroup or to agent", step,
                    DunwisePackage.Literals.STEP__ACTION_TYPE, IssueCodes.EMAIL_WITHOUT_RECIPIENT);
        } else if (!email && hasRecipient) {
            warning("R8: only email steps have a recipient; this " + step.getActionType() + " step ignores it",
                    step, DunwisePackage.Literals.STEP__RECIPIENT, IssueCodes.RECIPIENT_NOT_USED);
        } else if (email && step.getContactPurpose() != null && step.getRecipient() != Recipient.CUSTOMER) {
            warning("R14: a contact purpose chooses among the customer's contacts; it is ignored for "
                    + step.getRecipient().getLiteral(), step, DunwisePackage.Literals.STEP__CONTACT_PURPOSE,
                    IssueCodes.RECIPIENT_NOT_USED);
        }
    }

    /** R30: only an email falls back to a letter, and only to a customer: a rep or an agent gets no letter. */
    @Check
    public void fallbackOfEmail(Step step) {
        if (!step.isFallbackToLetter()) {
            return;
        }
        if (!"email".equals(step.getActionType())) {
            error("R30: only an email step falls back to a letter; this is " + Kinds.article(step.getActionType())
                    + " step", step, DunwisePackage.Literals.STEP__FALLBACK_TO_LETTER, IssueCodes.FALLBACK_NOT_EMAIL);
        } else if (step.eIsSet(DunwisePackage.Literals.STEP__RECIPIENT) && step.getRecipient() != Recipient.CUSTOMER) {
            error("R30: a letter goes to the customer; an email to " + step.getRecipient().getLiteral()
                    + " cannot fall back to one", step, DunwisePackage.Literals.STEP__FALLBACK_TO_LETTER,
                    IssueCodes.FALLBACK_NOT_EMAIL);
        }
    }

    private static String parameterList(ActionType type) {
        return type.parameters().isEmpty() ? "it takes none"
                : "its parameters: " + type.parameters().stream().map(ActionParameter::name)
                        .collect(Collectors.joining(", "));
    }

    private static boolean fits(ActionParameter.Kind kind, String value) {
        return switch (kind) {
            case TEXT -> true;
            case NUMBER -> value != null && value.matches("-?\\d+(\\.\\d+)?");
            case BOOLEAN -> "true".equals(value) || "false".equals(value);
        };
    }

    private static String kind(ActionParameter.Kind kind) {
        return switch (kind) {
            case TEXT -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
        };
    }
}
