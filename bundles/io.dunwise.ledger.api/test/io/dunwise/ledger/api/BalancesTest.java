package io.dunwise.ledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 18 §2: a customer with invoices in two currencies has one balance per currency, never one sum. */
class BalancesTest {

    @Test
    void issue18_amountsAreSummedPerCurrencyAndNeverAcross() {
        Balances balances = Balances.of(List.of(Amount.of("1000.00", "EUR"), Amount.of("5000.00", "SEK"),
                Amount.of("200.50", "EUR")));

        assertEquals(List.of(Amount.of("1200.50", "EUR"), Amount.of("5000.00", "SEK")), balances.amounts());
        assertEquals("1200.50 EUR + 5000.00 SEK", balances.toString());
        assertEquals(Optional.of(Amount.of("5000.00", "SEK")), balances.in("SEK"));
        assertTrue(balances.isMixed());
    }

    @Test
    void issue18_currenciesComeInTheOrderOfTheirCodesWhateverTheOrderOfTheAmounts() {
        assertEquals(Balances.of(List.of(Amount.of("1", "SEK"), Amount.of("2", "EUR"))),
                Balances.of(List.of(Amount.of("2", "EUR"), Amount.of("1", "SEK"))));
        assertEquals("2 EUR + 1 SEK", Balances.of(List.of(Amount.of("1", "SEK"), Amount.of("2", "EUR"))).toString());
    }

    @Test
    void issue18_oneCurrencyIsOneAmountAsBefore() {
        Balances balances = Balances.none().plus(Amount.of("100.00", "EUR")).plus(Amount.of("-100.00", "EUR"));

        assertEquals(List.of(Amount.of("0.00", "EUR")), balances.amounts(), "a credit note nets within its currency");
        assertFalse(balances.isMixed());
        assertEquals("0.00 EUR", balances.toString());
    }

    @Test
    void issue18_noAmountIsNoCurrencyAndAZeroWhereOneIsAskedFor() {
        assertTrue(Balances.none().isEmpty());
        assertEquals("0", Balances.none().toString());
        assertEquals(Optional.empty(), Balances.none().in("EUR"));
        assertEquals(Amount.of("0", "SEK"), Balances.of(List.of(Amount.of("3", "EUR"))).inOrZero("SEK"));
    }

    @Test
    void issue18_anAmountStillRefusesToAddAnotherCurrency() {
        assertThrows(IllegalArgumentException.class, () -> Amount.of("1", "EUR").plus(Amount.of("1", "SEK")));
    }
}
