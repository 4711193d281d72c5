package io.dunwise.ledger.api;

import java.util.Objects;

/**
 * A sales representative of a sales (commission) group; reps are ordered by {@code position}. R14 sends
 * {@code salesGroup} emails to the rep flagged {@code contact}, else the primary rep, else the first.
 */
public record SalesRep(String salesGroup, int position, String name, String email, boolean contact,
        boolean primary) {

    public SalesRep {
        Objects.requireNonNull(salesGroup, "salesGroup");
        Objects.requireNonNull(name, "name");
    }
}
