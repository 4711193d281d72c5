package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Agent;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A collections agent as stored. */
@Entity
@Table(name = "agent")
public class StoredAgent {

    @Id
    private String id;
    private String name;
    private String email;
    private String team;

    protected StoredAgent() {
    }

    Agent toAgent() {
        return new Agent(id, name, email, team);
    }
}
