package io.dunwise.predictions.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.InvoiceOutcome;
import io.dunwise.ledger.api.PaymentHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Payment histories for the tests: single invoices, and generated ledgers of customers with noisy habits. */
final class Histories {

    static final LocalDate START = LocalDate.of(2025, 1, 6);

    private Histories() {
    }

    static InvoiceOutcome invoice(String id, String customer, LocalDate dated, int terms, String amount,
            LocalDate settled) {
        return new InvoiceOutcome(id, customer, dated, dated.plusDays(terms), Amount.of(amount, "EUR"),
                Optional.ofNullable(settled));
    }

    /** A history as the store gives it: dated on or before the date, by customer, invoice date and id. */
    static PaymentHistory of(List<InvoiceOutcome> invoices) {
        return (asOf, action) -> invoices.stream().filter(invoice -> !invoice.invoiceDate().isAfter(asOf))
                .sorted(Comparator.comparing(InvoiceOutcome::customerId).thenComparing(InvoiceOutcome::invoiceDate)
                        .thenComparing(InvoiceOutcome::invoiceId))
                .forEach(action);
    }

    /**
     * {@code customers} customers invoiced about monthly for {@code days} days from {@link #START}; each has a
     * propensity to pay late, and a large invoice (against its usual amount) is more likely late. Invoices whose
     * payment would come after {@code asOf} are still open.
     */
    static List<InvoiceOutcome> generated(int customers, int days, long seed, LocalDate asOf) {
        Random random = new Random(seed);
        List<InvoiceOutcome> invoices = new ArrayList<>();
        for (int c = 1; c <= customers; c++) {
            String customer = String.format("C%04d", c);
            double propensity = random.nextDouble() * 4 - 2.5;
            int usual = 500 + random.nextInt(5000);
            int number = 0;
            for (LocalDate dated = START.plusDays(random.nextInt(30)); dated.isBefore(START.plusDays(days));
                    dated = dated.plusDays(20 + random.nextInt(20))) {
                double size = Math.exp(random.nextGaussian() * 0.5);
                boolean late = random.nextDouble() < 1 / (1 + Math.exp(-(propensity + 1.5 * Math.log(size))));
                int terms = 30;
                LocalDate due = dated.plusDays(terms);
                LocalDate paid = late ? due.plusDays(1 + random.nextInt(40)) : due.minusDays(random.nextInt(10));
                String amount = BigDecimal.valueOf(Math.round(usual * size)).toPlainString();
                invoices.add(invoice(customer + "-" + ++number, customer, dated, terms, amount,
                        paid.isAfter(asOf) ? null : paid));
            }
        }
        return invoices;
    }
}
