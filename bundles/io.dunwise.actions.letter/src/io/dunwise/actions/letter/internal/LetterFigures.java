package io.dunwise.actions.letter.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money of one letter (R15, R29), exact: each listed invoice with its days overdue and its interest, and a
 * total per currency. The letter's currency is its leading invoice's; the fee is charged once, in that currency.
 * Invoices in another currency are listed with their own interest and get a total of their own (open amounts plus
 * interest, no fee): amounts in different currencies are never added. The posted {@code CollectionLetter} holds the
 * letter currency's figures.
 *
 * @param currency     the letter's currency
 * @param lines        the listed invoices, in the letter's order
 * @param yearlyRate   the interest rate in percent a year, or empty when none is charged
 * @param fee          the fee in the letter's currency, or empty when none is charged
 * @param totals       one total per currency, the letter's currency first
 */
record LetterFigures(String currency, List<Line> lines, Optional<BigDecimal> yearlyRate, Optional<Amount> fee,
        List<CurrencyTotal> totals) {

    /** One listed invoice; {@code interest} is empty when no rate applies. */
    record Line(Invoice invoice, long daysOverdue, Optional<Amount> interest) {
    }

    /** What the customer owes in one currency: open amounts + interest (+ the fee, in the letter's currency). */
    record CurrencyTotal(String currency, Amount open, Optional<Amount> interest, Optional<Amount> fee,
            Amount total) {
    }

    /**
     * The figures of a letter listing {@code invoices} (the leading one first) on {@code runDate}.
     *
     * @param yearlyRate the template's rate for the customer's country, if any
     * @param fee        the template's fee for the letter's level in the leading invoice's currency, if any
     */
    static LetterFigures of(List<Invoice> invoices, LocalDate runDate, Optional<BigDecimal> yearlyRate,
            Optional<BigDecimal> fee) {
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a letter lists at least its leading invoice");
        }
        String currency = invoices.get(0).currency();
        List<Line> lines = new ArrayList<>();
        Map<String, List<Line>> byCurrency = new LinkedHashMap<>();
        byCurrency.put(currency, new ArrayList<>());
        for (Invoice invoice : invoices) {
            Line line = new Line(invoice, LateInterest.daysOverdue(invoice, runDate),
                    yearlyRate.map(rate -> LateInterest.of(invoice, rate, runDate)));
            lines.add(line);
            byCurrency.computeIfAbsent(invoice.currency(), c -> new ArrayList<>()).add(line);
        }
        Optional<Amount> letterFee = fee.map(value -> new Amount(value, currency));
        List<CurrencyTotal> totals = new ArrayList<>();
        byCurrency.entrySet().stream()
                .sorted((a, b) -> a.getKey().equals(currency) ? -1 : b.getKey().equals(currency) ? 1
                        : a.getKey().compareTo(b.getKey()))
                .forEach(entry -> totals.add(total(entry.getKey(), entry.getValue(), yearlyRate.isPresent(),
                        entry.getKey().equals(currency) ? letterFee : Optional.empty())));
        return new LetterFigures(currency, List.copyOf(lines), yearlyRate, letterFee, List.copyOf(totals));
    }

    private static CurrencyTotal total(String currency, List<Line> lines, boolean charged, Optional<Amount> fee) {
        Amount open = sum(currency, lines.stream().map(line -> line.invoice().openAmount()).toList());
        Optional<Amount> interest = charged
                ? Optional.of(sum(currency, lines.stream().flatMap(line -> line.interest().stream()).toList()))
                : Optional.empty();
        Amount total = open.plus(interest.orElse(zero(currency))).plus(fee.orElse(zero(currency)));
        return new CurrencyTotal(currency, open, interest, fee, total);
    }

    private static Amount sum(String currency, List<Amount> amounts) {
        return amounts.stream().reduce(zero(currency), Amount::plus);
    }

    private static Amount zero(String currency) {
        return new Amount(BigDecimal.ZERO, currency);
    }

    /** The total in the letter's currency. */
    CurrencyTotal letterTotal() {
        return totals.get(0);
    }

    /** The interest in the letter's currency, or null when none is charged (as {@code CollectionLetter} holds it). */
    Amount interestOrNull() {
        return letterTotal().interest().orElse(null);
    }

    /** The fee, or null when none is charged (as {@code CollectionLetter} holds it). */
    Amount feeOrNull() {
        return fee.orElse(null);
    }
}
