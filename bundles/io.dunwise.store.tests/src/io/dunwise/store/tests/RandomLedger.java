package io.dunwise.store.tests;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A ledger drawn from a seeded {@link Random}, made of what pool conditions (R1) find awkward: missing fields,
 * texts that differ only in case (ASCII and not), empty and missing attributes, credit limits missing, 0 or
 * negative, invoices of every status, paid ones and credit notes. Texts and numbers come from small vocabularies,
 * so that conditions drawn from the same vocabularies ({@link RandomConditions}) hit them.
 */
final class RandomLedger {

    static final LocalDate DAY = Ledgers.DAY;
    static final Map<String, List<String>> TEXTS = Map.of(
            "group", List.of("CORP", "corp", "Retail", "RETAIL", "Gov", "ÄRZTE", "ärzte"),
            "country", List.of("SE", "se", "NL", "GB", "FR", "De"),
            "currency", List.of("SEK", "EUR", "eur", "GBP"),
            "language", List.of("sv", "en", "EN", "fr", "de-CH"),
            "salesGroup", List.of("SG1", "sg1", "SG2", "SG3"));
    static final List<String> ATTRIBUTE_KEYS = List.of("segment", "Segment", "region", "tier");
    static final List<String> ATTRIBUTE_VALUES = List.of("A", "a", "B", "north", "North", "Öst", "öst", "");
    static final List<String> CREDIT_LIMITS = List.of("0", "0.0000", "500", "1000", "2000", "2500", "1234.5678",
            "-1000");

    final List<Customer> customers = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    /** The balance of each customer, as the conditions' vocabulary of amounts. */
    final List<BigDecimal> balances = new ArrayList<>();
    /** The credit use of customers with a credit limit, exact or rounded to 4 decimals. */
    final List<BigDecimal> creditUses = new ArrayList<>();
    /** The overdue days on {@link #DAY} of customers with an open invoice. */
    final List<Long> overdueDays = new ArrayList<>();

    private final Random random;

    RandomLedger(Random random, int customerCount) {
        this.random = random;
        for (int n = 0; n < customerCount; n++) {
            Customer customer = customer(n);
            customers.add(customer);
            BigDecimal balance = BigDecimal.ZERO;
            LocalDate earliestDue = LocalDate.MAX;
            for (int i = random.nextInt(6); i > 0; i--) {
                Invoice invoice = invoice(customer);
                invoices.add(invoice);
                if (invoice.isOpen()) {
                    balance = balance.add(invoice.openAmount().value());
                    earliestDue = earliestDue.isBefore(invoice.dueDate()) ? earliestDue : invoice.dueDate();
                }
            }
            balances.add(balance);
            if (!earliestDue.equals(LocalDate.MAX)) {
                overdueDays.add(ChronoUnit.DAYS.between(earliestDue, DAY));
            }
            if (customer.creditLimit() != null && customer.creditLimit().signum() != 0) {
                creditUses.add(balance.multiply(BigDecimal.valueOf(100))
                        .divide(customer.creditLimit(), 4, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        }
    }

    /** Replaces everything in the ledger with this one. */
    void fill(Ledger ledger) {
        try (LedgerLoad load = ledger.startOver()) {
            customers.forEach(load::customer);
            invoices.forEach(load::invoice);
            load.commit();
        }
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Customer customer(int n) {
        Map<String, String> attributes = new HashMap<>();
        for (String key : ATTRIBUTE_KEYS) {
            if (random.nextBoolean()) {
                attributes.put(key, pick(ATTRIBUTE_VALUES));
            }
        }
        BigDecimal creditLimit = random.nextInt(4) == 0 ? null : new BigDecimal(pick(CREDIT_LIMITS));
        return new Customer((random.nextBoolean() ? "K-" : "k-") + n, "Customer " + n, maybe("group"),
                maybe("country"), maybe("currency"), maybe("language"), creditLimit, maybe("salesGroup"),
                random.nextInt(5) == 0, attributes);
    }

    private String maybe(String field) {
        return random.nextInt(4) == 0 ? null : pick(TEXTS.get(field));
    }

    private Invoice invoice(Customer customer) {
        String id = "I" + (invoices.size() + 1);
        LocalDate due = DAY.plusDays(random.nextInt(181) - 120);
        String currency = pick(List.of("SEK", "EUR", "GBP"));
        InvoiceStatus status = pick(List.of(InvoiceStatus.values()));
        if (random.nextInt(8) == 0) {
            BigDecimal credit = amount().negate();
            return new Invoice(id, customer.id(), due, due, new Amount(credit, currency),
                    new Amount(random.nextBoolean() ? credit : BigDecimal.ZERO.setScale(2), currency),
                    InvoiceStatus.OPEN);
        }
        BigDecimal amount = amount();
        BigDecimal open = switch (random.nextInt(3)) {
            case 0 -> BigDecimal.ZERO.setScale(2);
            case 1 -> amount;
            default -> amount.divide(BigDecimal.valueOf(4), 4, RoundingMode.UNNECESSARY);
        };
        if (status == InvoiceStatus.PROMISED) {
            return new Invoice(id, customer.id(), due.minusDays(30), due, new Amount(amount, currency),
                    new Amount(open, currency), status, due.plusDays(7), new Amount(open, currency));
        }
        return new Invoice(id, customer.id(), due.minusDays(30), due, new Amount(amount, currency),
                new Amount(open, currency), status);
    }

    /** 10 to 5000 in steps of 10, now and then with cents. */
    private BigDecimal amount() {
        BigDecimal tens = BigDecimal.valueOf(10L * (1 + random.nextInt(500)));
        return random.nextInt(4) == 0 ? tens.add(new BigDecimal("0.25")) : tens.setScale(2);
    }
}
