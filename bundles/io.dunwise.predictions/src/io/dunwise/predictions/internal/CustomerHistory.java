package io.dunwise.predictions.internal;

import io.dunwise.ledger.api.InvoiceOutcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One customer's invoices, from which the features of any of them are taken as known before its date. */
final class CustomerHistory {

    private static final int RECENT = 3;

    private final List<InvoiceOutcome> invoices;

    CustomerHistory(List<InvoiceOutcome> invoices) {
        this.invoices = List.copyOf(invoices);
    }

    /** The features of {@code invoice}, from this customer's invoices dated before it and what was known of them. */
    PaymentFeatures featuresOf(InvoiceOutcome invoice) {
        LocalDate date = invoice.invoiceDate();
        List<InvoiceOutcome> earlier = invoices.stream().filter(other -> other.invoiceDate().isBefore(date)).toList();
        List<KnownPayment> known = new ArrayList<>();
        earlier.forEach(other -> KnownPayment.before(other, date).ifPresent(known::add));
        known.sort(Comparator.comparing(KnownPayment::dueDate));
        int late = (int) known.stream().filter(KnownPayment::late).count();
        double mean = known.stream().mapToLong(KnownPayment::daysLate).average().orElse(0);
        List<KnownPayment> recent = known.subList(Math.max(0, known.size() - RECENT), known.size());
        double recentMean = recent.stream().mapToLong(KnownPayment::daysLate).average().orElse(0);
        boolean lastLate = !known.isEmpty() && known.get(known.size() - 1).late();
        return new PaymentFeatures(known.size(), late, mean, recentMean, recent.size(), usualRatio(invoice, earlier),
                ChronoUnit.DAYS.between(date, invoice.dueDate()), lastLate);
    }

    /** The amount over the median of the earlier amounts in the same currency; 1 when there are none. */
    private static double usualRatio(InvoiceOutcome invoice, List<InvoiceOutcome> earlier) {
        List<BigDecimal> amounts = earlier.stream()
                .filter(other -> other.amount().currency().equals(invoice.amount().currency()))
                .map(other -> other.amount().value()).sorted().toList();
        if (amounts.isEmpty()) {
            return 1;
        }
        int middle = amounts.size() / 2;
        BigDecimal median = amounts.size() % 2 == 1 ? amounts.get(middle)
                : amounts.get(middle - 1).add(amounts.get(middle)).divide(BigDecimal.TWO, MathContext.DECIMAL64);
        return invoice.amount().value().divide(median, MathContext.DECIMAL64).doubleValue();
    }
}
