package io.dunwise.ledger.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a collection letter is posted to (R15): the street part (one or more lines, separated by line breaks: a
 * c/o line, a P.O. box), the postal code, the city, and the country's name as the post office writes it on an
 * international letter (empty for letters within the sender's country). A letter needs at least the street and
 * the city; the postal code may be empty, as some countries have none.
 */
public record PostalAddress(String street, String postalCode, String city, String countryName) {

    public PostalAddress {
        street = street == null ? null : Arrays.stream(street.strip().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse(null);
        postalCode = blankToNull(postalCode);
        city = blankToNull(city);
        countryName = blankToNull(countryName);
    }

    /** The address of these parts, or null when every part is empty (no address is known). */
    public static PostalAddress of(String street, String postalCode, String city, String countryName) {
        PostalAddress address = new PostalAddress(street, postalCode, city, countryName);
        return Stream.of(address.street, address.postalCode, address.city, address.countryName)
                .allMatch(part -> part == null) ? null : address;
    }

    /** The street part's lines, in order. */
    public List<String> streetLines() {
        return street == null ? List.of() : List.of(street.split("\n"));
    }

    /** What a letter cannot do without, or empty when the address can be posted to (R15). */
    public Optional<String> missing() {
        if (street == null && city == null) {
            return Optional.of("street and city");
        }
        if (street == null) {
            return Optional.of("street");
        }
        return city == null ? Optional.of("city") : Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
