package io.dunwise.ledger.api;

import java.util.List;
import java.util.Objects;

/**
 * A contact person of a customer (spec section 1). Contacts are ordered by {@code position}; R14 picks email
 * recipients among them by purpose, then the collections contact, then the primary contact, then the first.
 *
 * @param purposes business purposes such as {@code Collections} or {@code Billing}
 * @param bounced  an email to this contact could not be delivered (R30); automation skips it until cleared
 * @param address  the contact's postal address, or null; a contact with the purpose {@code Collections} or
 *                 {@code Invoice} and an address receives the customer's collection letters (R15)
 */
public record Contact(String customerId, int position, String name, String email, String language,
        List<String> purposes, boolean primary, boolean collectionsContact, boolean bounced, PostalAddress address) {

    public Contact {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(name, "name");
        purposes = List.copyOf(purposes);
    }

    public Contact(String customerId, int position, String name, String email, String language, List<String> purposes,
            boolean primary, boolean collectionsContact, boolean bounced) {
        this(customerId, position, name, email, language, purposes, primary, collectionsContact, bounced, null);
    }

    public Contact(String customerId, int position, String name, String email, String language, List<String> purposes,
            boolean primary, boolean collectionsContact) {
        this(customerId, position, name, email, language, purposes, primary, collectionsContact, false, null);
    }

    public boolean hasPurpose(String purpose) {
        return purposes.stream().anyMatch(p -> p.equalsIgnoreCase(purpose));
    }
}
