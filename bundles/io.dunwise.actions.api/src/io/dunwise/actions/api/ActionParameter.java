package io.dunwise.actions.api;

import java.util.Objects;

/**
 * A parameter a handler declares for the steps that use it, so that strategies are validated and completed
 * before anything runs.
 *
 * @param name        the name used in a step's {@code with { name = value }} block
 * @param kind        the kind of value expected
 * @param required    whether every step of this type must give it
 * @param description one line for content assist
 */
public record ActionParameter(String name, Kind kind, boolean required, String description) {

    /** The kinds of value a parameter takes. */
    public enum Kind {
        TEXT, NUMBER, BOOLEAN
    }

    public ActionParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        description = description == null ? "" : description;
    }

    public static ActionParameter required(String name, Kind kind, String description) {
        return new ActionParameter(name, kind, true, description);
    }

    public static ActionParameter optional(String name, Kind kind, String description) {
        return new ActionParameter(name, kind, false, description);
    }
}
