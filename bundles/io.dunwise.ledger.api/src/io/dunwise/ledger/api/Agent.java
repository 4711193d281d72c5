package io.dunwise.ledger.api;

import java.util.Objects;

/** A collections agent: a user with a name and email, member of a collections team; agents own pools (R2). */
public record Agent(String id, String name, String email, String team) {

    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(team, "team");
    }
}
