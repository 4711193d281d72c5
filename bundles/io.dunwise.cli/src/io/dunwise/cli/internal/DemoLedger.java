package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.PostalAddress;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.ledger.api.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A reproducible demo ledger: the same seed, size and date give the same ledger, row for row. Customers come in
 * groups and countries with their currency and language, and contacts with purposes; sales groups have reps and
 * a collections team of agents. Each customer has a payment habit (on time … very late) that shows in a history
 * of settled invoices and their payments (6 to 18 months of it, noisy, for payment predictions: {@link
 * DemoPaymentHistory}), then open invoices: some partly paid, some disputed or promised, and the odd credit note.
 * Rows stream into the load, so a million customers need no more memory than ten.
 */
final class DemoLedger {

    /** A country with its currency, language, and the streets, cities and postal codes of its demo addresses. */
    private record Country(String code, String currency, String language, List<String> streets,
            List<String> cities, String postalCode) {

        /**
         * The {@code n}th customer's address (R15): from {@code n} alone, no draw from the random sequence, so that
         * the rest of the ledger is the same for a seed as before addresses were added.
         */
        PostalAddress address(int n) {
            String street = streets.get(n % streets.size());
            String number = Integer.toString(1 + n % 97);
            String line = code.equals("SE") || code.equals("NL") ? street + " " + number : number + " " + street;
            String code = postalCode.replace("#", Integer.toString(n % 10)).replace("%", Integer.toString(n % 7));
            return new PostalAddress(line, code, cities.get(n % cities.size()), null);
        }
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("SE", "SEK", "sv", List.of("Storgatan", "Kungsgatan", "Sveavägen"),
                    List.of("Stockholm", "Göteborg", "Malmö"), "11# 2%"),
            new Country("NL", "EUR", "nl", List.of("Keizersgracht", "Lange Voorhout", "Coolsingel"),
                    List.of("Amsterdam", "Den Haag", "Rotterdam"), "10#% AB"),
            new Country("FR", "EUR", "fr", List.of("rue de la Paix", "avenue Jean Jaurès", "rue Sainte-Catherine"),
                    List.of("Paris", "Lyon", "Bordeaux"), "750#%"),
            new Country("GB", "GBP", "en", List.of("High Street", "Station Road", "Church Lane"),
                    List.of("London", "Leeds", "Bristol"), "EC#A %BB"),
            new Country("US", "USD", "en", List.of("Main Street", "Oak Avenue", "Market Street"),
                    List.of("Springfield, IL", "Portland, OR", "Columbus, OH"), "6#70%"));
    private static final List<String> GROUPS = List.of("CORP", "GOV", "RETAIL", "RETAIL", "RETAIL");
    private static final List<String> NAMES = List.of("Nordic", "Delta", "Atlas", "Baltic", "Harbor", "Summit",
            "Crescent", "Pioneer", "Orchard", "Granite", "Meridian", "Lumen");
    private static final List<String> KINDS = List.of("Trading", "Foods", "Logistics", "Systems", "Retail",
            "Energy", "Health", "Media");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Erik", "Sophie", "Daan", "Claire", "Louis",
            "Emma", "Oliver", "Maja", "Lars", "Noah", "Julia");
    private static final List<String> LAST_NAMES = List.of("Berg", "de Vries", "Martin", "Smith", "Lindqvist",
            "Jansen", "Dubois", "Brown", "Nilsson", "Bakker");
    private static final int SALES_GROUPS = 4;
    /** Every this many customers has a payment on account (R21). */
    static final int ON_ACCOUNT_EVERY = 7;

    /** Days late, on average, of each payment habit: on time, a little late, late, very late. */
    private static final int[] HABIT_DAYS_LATE = {0, 8, 25, 60};

    /** The most open invoices a customer has by default: 1 to 4, 2.5 on average. */
    static final int MOST_OPEN_INVOICES = 4;

    private final int customerCount;
    private final int mostOpenInvoices;
    private final LocalDate today;
    private final RandomGenerator random;
    private final String idFormat;
    private final DemoPaymentHistory olderHistory;

    DemoLedger(int customerCount, long seed, LocalDate today) {
        this(customerCount, MOST_OPEN_INVOICES, seed, today);
    }

    /** A ledger whose customers have 1 to {@code mostOpenInvoices} open invoices each. */
    DemoLedger(int customerCount, int mostOpenInvoices, long seed, LocalDate today) {
        this.customerCount = customerCount;
        this.mostOpenInvoices = mostOpenInvoices;
        this.today = today;
        this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        this.idFormat = "C%0" + Math.max(6, String.valueOf(customerCount).length()) + "d";
        this.olderHistory = new DemoPaymentHistory(
                RandomGeneratorFactory.of("L64X128MixRandom").create(seed ^ 0x5DEECE66DL), today);
    }

    /** Writes the whole ledger into the load; {@code progress} is told each customer written (1, 2, …). */
    void writeTo(LedgerLoad load, LongConsumer progress) {
        writeOrganisation(load);
        for (int n = 1; n <= customerCount; n++) {
            writeCustomer(load, n);
            progress.accept(n);
        }
    }

    private void writeOrganisation(LedgerLoad load) {
        load.agent(new Agent("ANNA", "Anna Berg", "anna.berg@nordlys.example", "Nordics"));
        load.agent(new Agent("LARS", "Lars Nilsson", "lars.nilsson@nordlys.example", "Nordics"));
        load.agent(new Agent("CLAIRE", "Claire Dubois", "claire.dubois@nordlys.example", "Europe"));
        load.agent(new Agent("DAAN", "Daan Jansen", "daan.jansen@nordlys.example", "Europe"));
        for (int group = 1; group <= SALES_GROUPS; group++) {
            String name = "SG" + group;
            load.salesRep(new SalesRep(name, 1, "Sales lead " + group, "sales" + group + "@nordlys.example", false,
                    true));
            load.salesRep(new SalesRep(name, 2, "Account manager " + group, "am" + group + "@nordlys.example",
                    group % 2 == 0, false));
        }
    }

    private void writeCustomer(LedgerLoad load, int n) {
        String id = String.format(idFormat, n);
        Country country = pick(COUNTRIES);
        String company = pick(NAMES) + " " + pick(KINDS);
        boolean onHold = random.nextInt(40) == 0;
        BigDecimal creditLimit = BigDecimal.valueOf(5_000L * (1 + random.nextInt(20)));
        load.customer(new Customer(id, company + " " + n, pick(GROUPS), country.code(), country.currency(),
                country.language(), creditLimit, "SG" + (1 + random.nextInt(SALES_GROUPS)), onHold,
                Map.of("segment", random.nextBoolean() ? "A" : "B")).withAddress(country.address(n)));
        writeContacts(load, id, company, country);
        int habit = random.nextInt(HABIT_DAYS_LATE.length);
        olderHistory.write(load, id, country.currency(), habit, HABIT_DAYS_LATE);
        int invoiceNumber = writeHistory(load, id, country.currency(), habit);
        writeOpenInvoices(load, id, country.currency(), habit, invoiceNumber);
        if (n % ON_ACCOUNT_EVERY == 0) {
            // a payment on account, not yet matched to invoices: for dunwise settle (R21); no draw from the random
            // sequence, so the rest of the ledger is the same for a seed as before
            load.payment(new Payment("PA-" + id, id, today, new Amount(new BigDecimal("100.00"), country.currency()),
                    bankAccount(country.currency()), List.of()));
        }
    }

    private void writeContacts(LedgerLoad load, String id, String company, Country country) {
        String domain = company.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
        int contacts = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        int collections = contacts == 0 ? 0 : 1 + random.nextInt(contacts);
        for (int position = 1; position <= contacts; position++) {
            String first = pick(FIRST_NAMES);
            String last = pick(LAST_NAMES);
            List<String> purposes = position == 1 ? List.of("Billing")
                    : random.nextBoolean() ? List.of("Collections", "Billing") : List.of("Collections");
            String email = (first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '-') + "@" + domain;
            // some collections contacts sit in an accounts department of their own, where letters go (R15)
            PostalAddress accounts = position == collections && position > 1 && Math.floorMod(id.hashCode(), 3) == 0
                    ? new PostalAddress("Accounts Payable\nP.O. Box " + (100 + position),
                            country.address(position).postalCode(), country.address(position).city(), null)
                    : null;
            load.contact(new Contact(id, position, first + " " + last, email, country.language(), purposes,
                    position == 1, position == collections, false, accounts));
        }
    }

    /** Settled invoices of the last year, paid as the customer's habit is; returns the next invoice number. */
    private int writeHistory(LedgerLoad load, String id, String currency, int habit) {
        int settled = random.nextInt(4);
        int number = 1;
        for (; number <= settled; number++) {
            LocalDate invoiceDate = today.minusDays(120 + random.nextInt(240));
            LocalDate dueDate = invoiceDate.plusDays(30);
            Amount amount = new Amount(amount(), currency);
            String invoiceId = id + "-" + number;
            load.invoice(new Invoice(invoiceId, id, invoiceDate, dueDate, amount, new Amount(BigDecimal.ZERO, currency),
                    InvoiceStatus.OPEN));
            LocalDate paid = dueDate.plusDays(daysLate(habit));
            load.payment(new Payment("P" + invoiceId, id, paid, amount, bankAccount(currency),
                    List.of(new Settlement(invoiceId, amount))));
        }
        return number;
    }

    private void writeOpenInvoices(LedgerLoad load, String id, String currency, int habit, int firstNumber) {
        int open = 1 + random.nextInt(mostOpenInvoices);
        for (int number = firstNumber; number < firstNumber + open; number++) {
            String invoiceId = id + "-" + number;
            LocalDate invoiceDate = today.minusDays(random.nextInt(30 + 30 * habit));
            LocalDate dueDate = invoiceDate.plusDays(30);
            if (random.nextInt(25) == 0) {
                BigDecimal credit = amount().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP).negate();
                load.invoice(new Invoice(invoiceId, id, invoiceDate, invoiceDate, new Amount(credit, currency),
                        new Amount(credit, currency), InvoiceStatus.OPEN));
                continue;
            }
            Amount amount = new Amount(amount(), currency);
            Amount paid = random.nextInt(6) == 0
                    ? new Amount(amount.value().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP), currency)
                    : null;
            Amount openAmount = paid == null ? amount : new Amount(amount.value().subtract(paid.value()), currency);
            int status = random.nextInt(30);
            if (status == 0) {
                load.invoice(new Invoice(invoiceId, id, invoiceDate, dueDate, amount, openAmount,
                        InvoiceStatus.DISPUTED));
            } else if (status == 1) {
                load.invoice(new Invoice(invoiceId, id, invoiceDate, dueDate, amount, openAmount,
                        InvoiceStatus.PROMISED, today.plusDays(random.nextInt(21) - 7L), openAmount));
            } else {
                load.invoice(new Invoice(invoiceId, id, invoiceDate, dueDate, amount, openAmount, InvoiceStatus.OPEN));
            }
            if (paid != null) {
                // a partial payment, after the invoice it settles (a load writes rows in the order they come)
                LocalDate paidOn = invoiceDate.plusDays(random.nextInt(20) + 1L);
                load.payment(new Payment("P" + invoiceId, id, paidOn.isAfter(today) ? today : paidOn, paid,
                        bankAccount(currency), List.of(new Settlement(invoiceId, paid))));
            }
        }
    }

    private int daysLate(int habit) {
        int mean = HABIT_DAYS_LATE[habit];
        return mean == 0 ? random.nextInt(3) - 2 : mean / 2 + random.nextInt(mean);
    }

    private BigDecimal amount() {
        return BigDecimal.valueOf(50 + random.nextInt(9_950)).add(BigDecimal.valueOf(random.nextInt(100), 2));
    }

    private static String bankAccount(String currency) {
        return "BANK-" + currency;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
