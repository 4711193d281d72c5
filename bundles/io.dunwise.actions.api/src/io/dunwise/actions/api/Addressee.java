package io.dunwise.actions.api;

import java.util.Objects;

/**
 * Someone an action writes to (R14): a contact of the customer, a sales rep or the agent, with their own language
 * (null when unknown: then the customer's language and the template's default choose, R14, R31).
 */
public record Addressee(String name, String email, String language) {

    public Addressee {
        Objects.requireNonNull(email, "email");
        name = name == null ? "" : name;
    }
}
