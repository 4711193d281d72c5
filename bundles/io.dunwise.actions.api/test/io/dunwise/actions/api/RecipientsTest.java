package io.dunwise.actions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.SalesRep;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private static final Customer CUSTOMER = new Customer("C1", "Nordlys AB", "CORP", "SE", "SEK", "sv", null, "SG1",
            false, Map.of());

    private static Contact contact(int position, String email, List<String> purposes, boolean primary,
            boolean collections, boolean bounced) {
        return new Contact("C1", position, "Contact " + position, email, position == 2 ? "en" : null, purposes,
                primary, collections, bounced);
    }

    private static List<String> emails(ActionRequest request) {
        return Recipients.of(request).stream().map(Addressee::email).toList();
    }

    private static ActionRequest toCustomer(String purpose, Contact... contacts) {
        return ActionRequest.builder("1", LocalDate.of(2026, 11, 23), "email", CUSTOMER)
                .contacts(List.of(contacts)).recipient(Recipient.CUSTOMER, purpose).build();
    }

    @Test
    void r14AllContactsWithThePurposeElseCollectionsElsePrimaryElseFirst() {
        Contact first = contact(1, "first@x.example", List.of("Billing"), false, false, false);
        Contact second = contact(2, "second@x.example", List.of("Collections"), false, false, false);
        Contact third = contact(3, "third@x.example", List.of("collections"), true, false, false);
        Contact collections = contact(4, "ar@x.example", List.of(), false, true, false);
        assertEquals(List.of("second@x.example", "third@x.example"),
                emails(toCustomer("Collections", first, second, third, collections)), "all of them, any case");
        assertEquals(List.of("ar@x.example"), emails(toCustomer("Legal", first, second, third, collections)));
        assertEquals(List.of("ar@x.example"), emails(toCustomer("", first, second, third, collections)));
        assertEquals(List.of("third@x.example"), emails(toCustomer("Legal", first, second, third)), "the primary");
        assertEquals(List.of("first@x.example"), emails(toCustomer("Legal", first, second)), "the first");
    }

    @Test
    void r30ContactsWithoutAnAddressOrWhoseAddressBouncedAreSkipped() {
        Contact bounced = contact(1, "gone@x.example", List.of("Collections"), true, true, true);
        Contact blank = contact(2, " ", List.of("Collections"), false, true, false);
        Contact other = contact(3, "other@x.example", List.of(), false, false, false);
        assertEquals(List.of("other@x.example"), emails(toCustomer("Collections", bounced, blank, other)));
        assertEquals(List.of(), emails(toCustomer("Collections", bounced, blank)), "no-recipient");
        assertEquals(List.of(), emails(toCustomer("Collections")), "no contact at all");
    }

    @Test
    void r14TheRecipientsOwnLanguageThenTheCustomersThenTheTemplatesDefault() {
        Contact english = contact(2, "en@x.example", List.of(), true, false, false);
        Contact unknown = contact(3, "xx@x.example", List.of(), false, false, false);
        assertEquals("en", Recipients.of(toCustomer("", english)).get(0).language());
        assertEquals(null, Recipients.of(toCustomer("", unknown)).get(0).language());
        Template.Message template = new Template.Message("Overdue", Template.Message.Kind.EMAIL, "AR",
                "ar@x.example", "de", List.of(new Template.Version("de", "Mahnung", ""),
                        new Template.Version("sv", "Påminnelse", ""), new Template.Version("en", "Reminder", "")),
                List.of(), List.of());
        assertEquals("Reminder", template.version(Arrays.asList("en-GB", "sv")).subject());
        assertEquals("Påminnelse", template.version(Arrays.asList(null, "sv")).subject());
        assertEquals("Mahnung", template.version(Arrays.asList("fr", "nl")).subject());
    }

    @Test
    void r14TheSalesGroupsContactRepElsePrimaryElseFirstAndTheAgent() {
        SalesRep first = new SalesRep("SG1", 1, "First", "first@sales.example", false, false);
        SalesRep primary = new SalesRep("SG1", 2, "Primary", "primary@sales.example", false, true);
        SalesRep flagged = new SalesRep("SG1", 3, "Flagged", "flagged@sales.example", true, false);
        ActionRequest.Builder request = ActionRequest.builder("1", LocalDate.of(2026, 11, 23), "email", CUSTOMER)
                .recipient(Recipient.SALES_GROUP, "");
        assertEquals(List.of("flagged@sales.example"), emails(request.salesReps(List.of(first, primary, flagged))
                .build()));
        assertEquals(List.of("primary@sales.example"), emails(request.salesReps(List.of(first, primary)).build()));
        assertEquals(List.of("first@sales.example"), emails(request.salesReps(List.of(first)).build()));
        request.recipient(Recipient.AGENT, "");
        assertEquals(List.of(), emails(request.build()), "a pool without an agent: no-recipient");
        assertEquals(List.of("anna@ar.example"), emails(request.agent(new Agent("ANNA", "Anna", "anna@ar.example",
                "North")).build()));
    }
}
