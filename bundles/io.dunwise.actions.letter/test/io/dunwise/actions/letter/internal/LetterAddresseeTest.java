package io.dunwise.actions.letter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.PostalAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R15, issue 18 §4: whom a letter is posted to, and the address block the window envelope shows. */
class LetterAddresseeTest {

    private static final PostalAddress OFFICE = new PostalAddress("Storgatan 4", "972 31", "Luleå", null);
    private static final PostalAddress ACCOUNTS = new PostalAddress("Ekonomiavdelningen\nBox 512", "971 05", "Luleå",
            "Sverige");
    private static final PostalAddress INVOICES = new PostalAddress("Fakturagatan 9", "972 32", "Luleå", null);
    private static final Customer CUSTOMER = new Customer("C-17", "Åkerlund & Söner AB", "CORP", "SE", "SEK", "sv",
            null, null, false, Map.of()).withAddress(OFFICE);

    private static Contact contact(int position, String name, List<String> purposes, boolean collections,
            PostalAddress address) {
        return new Contact("C-17", position, name, null, "sv", purposes, false, collections, false, address);
    }

    @Test
    void r15AContactWithThePurposeCollectionsAndAnAddressComesFirstThenInvoiceThenTheCustomer() {
        Contact billing = contact(1, "Berit", List.of("Billing"), false, ACCOUNTS);
        Contact invoice = contact(2, "Ivar", List.of("Invoice"), false, INVOICES);
        Contact collections = contact(3, "Cecilia", List.of("Collections"), false, ACCOUNTS);
        assertEquals(Optional.of(new LetterAddressee(collections, ACCOUNTS)),
                LetterAddressee.of(CUSTOMER, List.of(billing, invoice, collections)));
        assertEquals(Optional.of(new LetterAddressee(invoice, INVOICES)),
                LetterAddressee.of(CUSTOMER, List.of(billing, invoice)));
        assertEquals(Optional.of(new LetterAddressee(null, OFFICE)), LetterAddressee.of(CUSTOMER, List.of(billing)),
                "a Billing contact's address is not for letters: the customer's own");
    }

    @Test
    void r14AmongSeveralTheCollectionsContactThenTheFirstAndAContactWithoutAFullAddressIsPassedOver() {
        Contact first = contact(1, "Anna", List.of("Collections"), false, ACCOUNTS);
        Contact flagged = contact(2, "Bo", List.of("Collections"), true, INVOICES);
        Contact noStreet = contact(3, "Cilla", List.of("Collections"), true, new PostalAddress(null, "971 05",
                "Luleå", null));
        assertEquals(Optional.of(new LetterAddressee(flagged, INVOICES)),
                LetterAddressee.of(CUSTOMER, List.of(first, flagged)));
        assertEquals(Optional.of(new LetterAddressee(first, ACCOUNTS)),
                LetterAddressee.of(CUSTOMER, List.of(noStreet, first)));
    }

    @Test
    void r15NoAddressAnywhereMeansNoAddresseeAndTheReasonSaysWhatIsMissing() {
        Customer bare = new Customer("C-9", "Bare AB", "CORP", "SE", "SEK", "sv", null, null, false, Map.of());
        assertEquals(Optional.empty(), LetterAddressee.of(bare, List.of(contact(1, "Anna", List.of("Collections"),
                false, null))));
        assertEquals("no-address: customer C-9 has no postal address, nor a contact with the purpose Collections or"
                + " Invoice and an address; the letter is not printed (R15)", LetterAddressee.problem(bare));
        Customer noCity = bare.withAddress(new PostalAddress("Storgatan 4", "972 31", " ", null));
        assertEquals(Optional.empty(), LetterAddressee.of(noCity, List.of()));
        assertEquals("no-address: customer C-9 has a postal address without city, nor a contact with the purpose"
                + " Collections or Invoice and an address; the letter is not printed (R15)",
                LetterAddressee.problem(noCity));
    }

    @Test
    void r15TheBlockNamesTheCustomerTheContactTheStreetLinesPostalCodeAndCityAndTheCountryInCapitals() {
        Contact collections = contact(1, "Cecilia Holm", List.of("Collections"), false, ACCOUNTS);
        assertEquals(List.of("Åkerlund & Söner AB", "Cecilia Holm", "Ekonomiavdelningen", "Box 512", "971 05 Luleå",
                "SVERIGE"), new LetterAddressee(collections, ACCOUNTS).lines(CUSTOMER));
        assertEquals(List.of("Delta Foods Ltd", "Unit 2", "Storgatan 4", "972 31 Luleå"),
                new LetterAddressee(null, OFFICE).lines(new Customer("C-2", "Delta Foods Ltd\nUnit 2", null, "SE",
                        "SEK", "en", null, null, false, Map.of())));
    }

    @Test
    void r15TheBritishPostcodeHasALineOfItsOwnAndTheAmericanZipFollowsTheCity() {
        PostalAddress london = new PostalAddress("1 High Street", "EC1A 1BB", "London", null);
        assertEquals(List.of("Delta Foods Ltd", "1 High Street", "London", "EC1A 1BB"),
                new LetterAddressee(null, london).lines(new Customer("C-2", "Delta Foods Ltd", null, "GB", "GBP", "en",
                        null, null, false, Map.of())));
        PostalAddress springfield = new PostalAddress("12 Main Street", "62701", "Springfield, IL", null);
        assertEquals(List.of("Atlas Inc.", "12 Main Street", "Springfield, IL 62701"),
                new LetterAddressee(null, springfield).lines(new Customer("C-3", "Atlas Inc.", null, "US", "USD",
                        "en", null, null, false, Map.of())));
    }
}
