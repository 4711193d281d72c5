package io.dunwise.ledger.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** An exact amount of money in one currency (ISO 4217 code). Never a {@code double}. */
public record Amount(BigDecimal value, String currency) implements Comparable<Amount> {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
        }
    }

    /** Whether a text has the form of an ISO 4217 currency code: three capital letters, like {@code EUR}. */
    public static boolean isCurrencyCode(String text) {
        return CURRENCY_CODE.matcher(text).matches();
    }

    public static Amount of(String value, String currency) {
        return new Amount(new BigDecimal(value), currency);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public Amount plus(Amount other) {
        requireSameCurrency(other);
        return new Amount(value.add(other.value), currency);
    }

    @Override
    public int compareTo(Amount other) {
        requireSameCurrency(other);
        return value.compareTo(other.value);
    }

    private void requireSameCurrency(Amount other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("amounts in " + currency + " and " + other.currency + " do not mix");
        }
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + currency;
    }
}
