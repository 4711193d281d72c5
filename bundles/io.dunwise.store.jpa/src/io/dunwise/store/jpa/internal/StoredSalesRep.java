package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.SalesRep;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A sales rep as stored, keyed by its sales group and position. */
@Entity
@Table(name = "sales_rep")
public class StoredSalesRep {

    @EmbeddedId
    @AttributeOverride(name = "owner", column = @Column(name = "sales_group"))
    private PositionKey key;
    private String name;
    private String email;
    @Column(name = "is_contact")
    private boolean contact;
    @Column(name = "is_primary")
    private boolean primary;

    protected StoredSalesRep() {
    }

    SalesRep toSalesRep() {
        return new SalesRep(key.owner(), key.position(), name, email, contact, primary);
    }
}
