package io.dunwise.ledger.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Amounts summed per currency: what a customer with invoices in EUR and in SEK owes is {@code 1200.00 EUR + 5000.00
 * SEK}, two balances, never one number (issue 18 §2). Amounts in different currencies are never added and never
 * converted, so this is the type for any sum over invoices that may not share a currency; {@link Amount#plus}
 * refuses to mix them. Immutable; currencies in the order of their codes.
 */
public final class Balances {

    private static final Balances NONE = new Balances(new TreeMap<>());

    private final SortedMap<String, Amount> byCurrency;

    private Balances(SortedMap<String, Amount> byCurrency) {
        this.byCurrency = Collections.unmodifiableSortedMap(byCurrency);
    }

    /** No amount at all (not even a zero in some currency). */
    public static Balances none() {
        return NONE;
    }

    /** The sum of the amounts, one per currency that occurs among them. */
    public static Balances of(Collection<Amount> amounts) {
        TreeMap<String, Amount> sums = new TreeMap<>();
        amounts.forEach(amount -> sums.merge(amount.currency(), amount, Amount::plus));
        return new Balances(sums);
    }

    /** These balances with {@code amount} added to the balance of its currency. */
    public Balances plus(Amount amount) {
        TreeMap<String, Amount> sums = new TreeMap<>(byCurrency);
        sums.merge(amount.currency(), amount, Amount::plus);
        return new Balances(sums);
    }

    /** One amount per currency, by currency code. */
    public List<Amount> amounts() {
        return List.copyOf(byCurrency.values());
    }

    public SortedSet<String> currencies() {
        return new TreeSet<>(byCurrency.keySet());
    }

    /** The balance in one currency; empty when no amount was in it. */
    public Optional<Amount> in(String currency) {
        return Optional.ofNullable(byCurrency.get(currency));
    }

    /** The balance in one currency, zero in that currency when no amount was in it. */
    public Amount inOrZero(String currency) {
        return in(currency).orElseGet(() -> new Amount(BigDecimal.ZERO, currency));
    }

    public boolean isEmpty() {
        return byCurrency.isEmpty();
    }

    /** Whether there is more than one currency, so that no single amount can stand for the whole. */
    public boolean isMixed() {
        return byCurrency.size() > 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Balances balances && byCurrency.equals(balances.byCurrency);
    }

    @Override
    public int hashCode() {
        return byCurrency.hashCode();
    }

    /** {@code 1200.00 EUR + 5000.00 SEK}; {@code 0} when there is no amount at all. */
    @Override
    public String toString() {
        return isEmpty() ? "0" : byCurrency.values().stream().map(Amount::toString).collect(Collectors.joining(" + "));
    }
}
