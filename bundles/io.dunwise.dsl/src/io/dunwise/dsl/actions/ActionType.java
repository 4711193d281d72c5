package io.dunwise.dsl.actions;

import io.dunwise.actions.api.ActionParameter;
import org.eclipse.emf.ecore.EClass;
import java.util.List;
import java.util.Optional;

/**
 * An action type a step may name (R8, R18): one of the language's own types or one an installed handler adds.
 *
 * @param name        the name written in a step, e.g. {@code email} or {@code sms}
 * @param description one line for completion and error messages
 * @param parameters  what the step's {@code with { … }} block may or must give
 * @param document    the kind of template the step names, or {@code null} for a plug-in type (any or none)
 * @param documentRequired whether the step must name a template of that kind
 */
public record ActionType(String name, String description, List<ActionParameter> parameters,
        EClass document, boolean documentRequired) {

    public ActionType {
        parameters = List.copyOf(parameters);
    }

    /** Whether the language knows this type with its template (activity, email, letter). */
    public boolean builtIn() {
        return document != null;
    }

    public Optional<ActionParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
