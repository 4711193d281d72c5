package io.dunwise.store.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of an ordered member of a list: a customer's contact, a sales group's rep. */
@Embeddable
public class PositionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String owner;
    @Column(name = "position")
    private int position;

    protected PositionKey() {
    }

    PositionKey(String owner, int position) {
        this.owner = owner;
        this.position = position;
    }

    String owner() {
        return owner;
    }

    int position() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PositionKey key && key.position == position && Objects.equals(key.owner, owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, position);
    }
}
