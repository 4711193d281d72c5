package io.dunwise.actions.text;

import io.dunwise.ledger.api.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Dates and amounts written the way a reader in one locale expects them (R31): {@code 23 Nov 2026} for en-GB,
 * {@code 23 nov. 2026} for sv-SE; {@code 1 200,50 kr} or {@code €1,200.50}. Amounts keep their currency's decimals.
 */
public final class LocalFormats {

    private final Locale locale;
    private final DateTimeFormatter dates;

    public LocalFormats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String amount(Amount amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        try {
            Currency currency = Currency.getInstance(amount.currency());
            format.setCurrency(currency);
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
        } catch (IllegalArgumentException notIso) {
            return number(amount.value()) + " " + amount.currency();
        }
        return format.format(amount.value());
    }

    /** A plain number with the locale's separators and two decimals, e.g. a percentage. */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A sum per currency, e.g. {@code 1 200,00 kr + 50,00 €}: amounts in different currencies are never added. */
    public String total(Collection<Amount> amounts) {
        Map<String, BigDecimal> byCurrency = amounts.stream().collect(Collectors.groupingBy(Amount::currency,
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, Amount::value, BigDecimal::add)));
        return byCurrency.entrySet().stream().map(e -> amount(new Amount(e.getValue(), e.getKey())))
                .collect(Collectors.joining(" + "));
    }
}
