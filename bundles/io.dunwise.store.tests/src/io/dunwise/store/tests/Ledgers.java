package io.dunwise.store.tests;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.PostalAddress;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.ledger.api.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small ledger with one of everything an import brings, including the awkward cases. */
final class Ledgers {

    static final LocalDate DAY = LocalDate.parse("2026-10-01");

    static final List<Customer> CUSTOMERS = List.of(
            new Customer("C1", "Nordlys Trading AB", "CORP", "SE", "SEK", "sv", new BigDecimal("50000"), "SG1", false,
                    Map.of("segment", "A", "region", "North"))
                    .withAddress(new PostalAddress("Kungsgatan 12", "111 43", "Stockholm", null)),
            new Customer("C2", "Delta \"Foods\", Ltd.\nUnit 2", "RETAIL", "GB", "GBP", "en", null, null, true,
                    Map.of()).withAddress(new PostalAddress("1, \"The Mews\"", "EC1A 1BB", "London",
                            "UNITED KINGDOM")),
            new Customer("C3", "Überlingen Café SARL", null, "FR", "EUR", "fr", new BigDecimal("1250.5"), "SG2",
                    false, Map.of("segment", "B")));
    static final List<Contact> CONTACTS = List.of(
            new Contact("C1", 1, "Anna Berg", "anna@nordlys.example", "sv", List.of("Billing"), true, false),
            new Contact("C1", 2, "Erik Lindqvist", "erik@nordlys.example", "en", List.of("Collections", "Billing"),
                    false, true, true, new PostalAddress("Box 77", null, "Kiruna", null)),
            new Contact("C3", 1, "Claire Dubois", null, "fr", List.of(), false, false, false,
                    new PostalAddress("c/o Comptabilité\n12, rue de la Paix", "75002", "Paris", "FRANCE")));
    static final List<SalesRep> REPS = List.of(
            new SalesRep("SG1", 1, "Lena Ek", "lena@example.com", false, true),
            new SalesRep("SG1", 2, "Jon Ek", "jon@example.com", true, false));
    static final List<Agent> AGENTS = List.of(
            new Agent("ANNA", "Anna Agent", "anna.agent@example.com", "Nordics"),
            new Agent("CLAIRE", "Claire Agent", null, "Europe"));
    static final List<Invoice> INVOICES = List.of(
            new Invoice("I1", "C1", DAY.minusDays(30), DAY, Amount.of("1200.50", "SEK"), Amount.of("1200.50", "SEK"),
                    InvoiceStatus.OPEN),
            new Invoice("I2", "C1", DAY.minusDays(20), DAY.plusDays(10), Amount.of("300.00", "SEK"),
                    Amount.of("150.00", "SEK"), InvoiceStatus.PROMISED, DAY.plusDays(5), Amount.of("150.00", "SEK")),
            new Invoice("I3", "C1", DAY.minusDays(90), DAY.minusDays(60), Amount.of("99.99", "SEK"),
                    Amount.of("0.00", "SEK"), InvoiceStatus.OPEN),
            new Invoice("CN1", "C1", DAY.minusDays(5), DAY.minusDays(5), Amount.of("-40.00", "SEK"),
                    Amount.of("-40.00", "SEK"), InvoiceStatus.OPEN),
            new Invoice("I4", "C3", DAY.minusDays(40), DAY.minusDays(10), Amount.of("0.0125", "EUR"),
                    Amount.of("0.0125", "EUR"), InvoiceStatus.DISPUTED));
    static final List<Payment> PAYMENTS = List.of(
            new Payment("P1", "C1", DAY.minusDays(55), Amount.of("249.99", "SEK"), "BANK-SEK",
                    List.of(new Settlement("I2", Amount.of("150.00", "SEK")),
                            new Settlement("I3", Amount.of("99.99", "SEK")))),
            new Payment("P2", "C3", DAY, Amount.of("10.00", "EUR"), null, List.of()));

    private Ledgers() {
    }

    /** Replaces everything in the ledger with the small ledger above. */
    static void fill(Ledger ledger) {
        try (LedgerLoad load = ledger.startOver()) {
            CUSTOMERS.forEach(load::customer);
            CONTACTS.forEach(load::contact);
            REPS.forEach(load::salesRep);
            AGENTS.forEach(load::agent);
            INVOICES.forEach(load::invoice);
            PAYMENTS.forEach(load::payment);
            load.commit();
        }
    }
}
