package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.PostalAddress;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A contact as stored, keyed by its customer and position. */
@Entity
@Table(name = "contact")
public class StoredContact {

    @EmbeddedId
    @AttributeOverride(name = "owner", column = @Column(name = "customer_id"))
    private PositionKey key;
    private String name;
    private String email;
    private String language;
    @Convert(converter = IdList.class)
    private List<String> purposes;
    @Column(name = "is_primary")
    private boolean primary;
    @Column(name = "collections_contact")
    private boolean collectionsContact;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    @Column(name = "country_name")
    private String countryName;

    protected StoredContact() {
    }

    PositionKey key() {
        return key;
    }

    /** The contact, bounced when its address is among the customer's {@code bounced} addresses (R30). */
    Contact toContact(Set<String> bounced) {
        return new Contact(key.owner(), key.position(), name, email, language, purposes, primary, collectionsContact,
                email != null && bounced.contains(email.toLowerCase(Locale.ROOT)),
                PostalAddress.of(street, postalCode, city, countryName));
    }
}
