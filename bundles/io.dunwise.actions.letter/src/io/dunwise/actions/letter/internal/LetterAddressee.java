package io.dunwise.actions.letter.internal;

import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.PostalAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a collection letter is posted to (R15, issue 18 §4): a contact with the purpose {@code Collections} and a
 * postal address, else one with the purpose {@code Invoice}; among several, R14's order chooses (the collections
 * contact, then the primary contact, then the first). Without such a contact the letter goes to the customer's own
 * address. A letter is never printed without an address: with none, the letter fails with {@code no-address}.
 *
 * @param contact the contact the letter is for, or null when it goes to the customer's own address
 * @param address where it is posted, complete enough for the post (street and city)
 */
record LetterAddressee(Contact contact, PostalAddress address) {

    /** The reason of a letter that has no address to be posted to (R15). */
    static final String NO_ADDRESS = "no-address";

    private static final List<String> PURPOSES = List.of("Collections", "Invoice");

    /** The addressee of a letter to {@code customer}, or empty when the letter has nowhere to go. */
    static Optional<LetterAddressee> of(Customer customer, List<Contact> contacts) {
        Comparator<Contact> r14 = Comparator.comparing((Contact c) -> !c.collectionsContact())
                .thenComparing(c -> !c.primary()).thenComparingInt(Contact::position);
        for (String purpose : PURPOSES) {
            Optional<Contact> contact = contacts.stream()
                    .filter(c -> c.hasPurpose(purpose) && c.address() != null && c.address().missing().isEmpty())
                    .min(r14);
            if (contact.isPresent()) {
                return Optional.of(new LetterAddressee(contact.get(), contact.get().address()));
            }
        }
        PostalAddress own = customer.address();
        return own == null || own.missing().isPresent() ? Optional.empty()
                : Optional.of(new LetterAddressee(null, own));
    }

    /** Why a letter to {@code customer} cannot be posted, as the process history records it. */
    static String problem(Customer customer) {
        String what = customer.address() == null ? "has no postal address"
                : "has a postal address without " + customer.address().missing().orElse("");
        return NO_ADDRESS + ": customer " + customer.id() + " " + what + ", nor a contact with the purpose "
                + String.join(" or ", PURPOSES) + " and an address; the letter is not printed (R15)";
    }

    /** Countries whose post offices want the postal code on a line of its own under the town. */
    private static final Set<String> POSTCODE_LINE = Set.of("GB", "IE");
    /** Countries that write the postal code after the city ("Springfield, IL 62701"). */
    private static final Set<String> POSTCODE_AFTER = Set.of("US", "CA", "AU");

    /**
     * The address block, as the post of the customer's country reads it: the customer's name, the contact's, the
     * street lines, the postal code and city (most of Europe: "972 31 Luleå"; the British town then its postcode;
     * North America and Australia the city then the code), the country in capitals (UPU) when the ledger names one.
     */
    List<String> lines(Customer customer) {
        List<String> lines = new ArrayList<>(List.of(customer.name().strip().split("\\s*\\R\\s*")));
        if (contact != null && !contact.name().isBlank()) {
            lines.add(contact.name().strip());
        }
        lines.addAll(address.streetLines());
        String country = customer.country() == null ? "" : customer.country().strip().toUpperCase(Locale.ROOT);
        if (address.postalCode() == null) {
            lines.add(address.city());
        } else if (POSTCODE_LINE.contains(country)) {
            lines.add(address.city());
            lines.add(address.postalCode());
        } else if (POSTCODE_AFTER.contains(country)) {
            lines.add(address.city() + " " + address.postalCode());
        } else {
            lines.add(address.postalCode() + " " + address.city());
        }
        if (address.countryName() != null) {
            lines.add(address.countryName().toUpperCase(Locale.ROOT));
        }
        return List.copyOf(lines);
    }
}
