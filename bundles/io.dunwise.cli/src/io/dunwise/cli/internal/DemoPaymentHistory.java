package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The older payment history of a demo customer, for payment predictions (R12) to learn from: 6 to 18 months of
 * settled invoices, ending four months before the demo's date. Whether an invoice is paid late is a matter of
 * chance that leans on the customer's habit, on the invoice's amount against the customer's usual amount (large
 * invoices wait for approval), on the season (December and the summer holidays) and on a habit that drifts over
 * the months — so no feature tells it for sure. It has a generator of its own, so that the rest of the demo ledger
 * is the same, row for row, as without it.
 */
final class DemoPaymentHistory {

    /** Log-odds of paying late of each habit of {@link DemoLedger}: on time, a little late, late, very late. */
    private static final double[] HABIT_LOG_ODDS = {-2.0, -0.4, 0.6, 1.6};
    private static final int[] TERMS = {30, 30, 30, 14, 45};
    private static final int NEWEST_DAYS_AGO = 120;

    private final RandomGenerator random;
    private final LocalDate today;

    DemoPaymentHistory(RandomGenerator random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    void write(LedgerLoad load, String customerId, String currency, int habit, int[] habitDaysLate) {
        int months = 6 + random.nextInt(13);
        // around the amounts of the open invoices DemoLedger writes (50 to 10,000)
        double usual = 1_000 + random.nextDouble() * 6_000;
        double leaning = HABIT_LOG_ODDS[habit] + random.nextGaussian() * 0.6;
        int terms = TERMS[random.nextInt(TERMS.length)];
        int number = 0;
        LocalDate last = today.minusDays(NEWEST_DAYS_AGO);
        for (LocalDate dated = last.minusMonths(months).plusDays(random.nextInt(20)); dated.isBefore(last);
                dated = dated.plusDays(14 + random.nextInt(35))) {
            leaning += random.nextGaussian() * 0.25;
            double size = Math.exp(random.nextGaussian() * 0.6);
            double logOdds = leaning + 0.8 * Math.log(size) + season(dated) + random.nextGaussian() * 0.5;
            boolean late = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
            LocalDate due = dated.plusDays(terms);
            int mean = Math.max(5, habitDaysLate[habit]);
            LocalDate paid = late ? due.plusDays(1 + random.nextInt(2 * mean)) : due.minusDays(random.nextInt(12));
            if (!paid.isBefore(today)) {
                continue;
            }
            BigDecimal value = BigDecimal.valueOf(usual * size).setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ONE);
            Amount amount = new Amount(value, currency);
            String invoiceId = customerId + "-H" + ++number;
            load.invoice(new Invoice(invoiceId, customerId, dated, due, amount, new Amount(BigDecimal.ZERO, currency),
                    InvoiceStatus.OPEN));
            writePayments(load, customerId, invoiceId, dated, paid, amount);
        }
    }

    /** One payment, or now and then a part first and the rest on the day the invoice is settled. */
    private void writePayments(LedgerLoad load, String customerId, String invoiceId, LocalDate dated,
            LocalDate paid, Amount amount) {
        String bank = "BANK-" + amount.currency();
        if (random.nextInt(10) != 0 || !dated.plusDays(1).isBefore(paid)) {
            load.payment(new Payment("P" + invoiceId, customerId, paid, amount, bank,
                    List.of(new Settlement(invoiceId, amount))));
            return;
        }
        Amount first = new Amount(amount.value().divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP), amount.currency());
        Amount rest = new Amount(amount.value().subtract(first.value()), amount.currency());
        load.payment(new Payment("P" + invoiceId + "-1", customerId, dated.plusDays(1), first, bank,
                List.of(new Settlement(invoiceId, first))));
        load.payment(new Payment("P" + invoiceId + "-2", customerId, paid, rest, bank,
                List.of(new Settlement(invoiceId, rest))));
    }

    private static double season(LocalDate dated) {
        Month month = dated.plusDays(30).getMonth();
        return month == Month.DECEMBER || month == Month.JULY || month == Month.AUGUST ? 0.7 : 0;
    }
}
