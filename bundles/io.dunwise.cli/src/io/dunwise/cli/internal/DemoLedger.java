package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A reproducible demo ledger: the same seed, size and date give the same customers and invoices. Customers come
 * in groups and countries with their currency and language; some pay late, some are on hold, and a few invoices
 * are disputed or promised.
 */
final class DemoLedger {

    private record Country(String code, String currency, String language) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("SE", "SEK", "sv"), new Country("NL", "EUR", "nl"), new Country("FR", "EUR", "fr"),
            new Country("GB", "GBP", "en"), new Country("US", "USD", "en"));
    private static final List<String> GROUPS = List.of("CORP", "GOV", "RETAIL", "RETAIL", "RETAIL");
    private static final List<String> NAMES = List.of("Nordic", "Delta", "Atlas", "Baltic", "Harbor", "Summit",
            "Crescent", "Pioneer", "Orchard", "Granite", "Meridian", "Lumen");
    private static final List<String> KINDS = List.of("Trading", "Foods", "Logistics", "Systems", "Retail",
            "Energy", "Health", "Media");

    final List<Customer> customers = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();

    DemoLedger(int customerCount, long seed, LocalDate today) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        for (int n = 1; n <= customerCount; n++) {
            String id = String.format("C%06d", n);
            Country country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            String group = GROUPS.get(random.nextInt(GROUPS.size()));
            String name = NAMES.get(random.nextInt(NAMES.size())) + " " + KINDS.get(random.nextInt(KINDS.size()))
                    + " " + n;
            boolean onHold = random.nextInt(40) == 0;
            BigDecimal creditLimit = BigDecimal.valueOf(5_000L * (1 + random.nextInt(20)));
            customers.add(new Customer(id, name, group, country.code(), country.currency(), country.language(),
                    creditLimit, "SG" + (1 + random.nextInt(4)), onHold, Map.of("segment", random.nextBoolean() ? "A" : "B")));
            int lateness = random.nextInt(4); // 0 pays on time … 3 pays very late
            int invoiceCount = 1 + random.nextInt(5);
            for (int k = 1; k <= invoiceCount; k++) {
                LocalDate invoiceDate = today.minusDays(random.nextInt(30 + 40 * lateness));
                LocalDate dueDate = invoiceDate.plusDays(30);
                BigDecimal amount = BigDecimal.valueOf(50 + random.nextInt(9_950))
                        .add(BigDecimal.valueOf(random.nextInt(100), 2));
                BigDecimal open = dueDate.isBefore(today) && lateness == 0 ? BigDecimal.ZERO
                        : random.nextInt(6) == 0 ? amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : amount;
                InvoiceStatus status = random.nextInt(25) == 0 ? InvoiceStatus.DISPUTED
                        : random.nextInt(30) == 0 ? InvoiceStatus.PROMISED : InvoiceStatus.OPEN;
                invoices.add(new Invoice(id + "-" + k, id, invoiceDate, dueDate, new Amount(amount, country.currency()),
                        new Amount(open, country.currency()), status));
            }
        }
    }
}
