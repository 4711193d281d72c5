package io.dunwise.aging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.aging.AgedList;
import io.dunwise.aging.AgedTotal;
import io.dunwise.ledger.api.AgedBalance;
import io.dunwise.ledger.api.AgingBasis;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R20: an aged list shows the largest balances and totals every matching one, per snapshot and currency. */
class AgedListingTest {

    private static final AgingSnapshot SNAPSHOT = new AgingSnapshot(7, LocalDate.of(2026, 11, 23), "Standard",
            AgingBasis.DUE_DATE, List.of("Current", "Overdue"), null, 4, Instant.EPOCH);

    @Test
    void r20_theLargestTotalsComeFirstAndTheTotalsCoverEveryRow() {
        AgedListing listing = new AgedListing(2);
        listing.add(balance("C1", "EUR", "100", "50"));
        listing.add(balance("C2", "EUR", "0", "900"));
        listing.add(balance("C3", "EUR", "300", "0"));
        listing.add(balance("C4", "SEK", "1000", "0"));
        listing.add(balance("C5", "XXX", "0", "0"));

        AgedList list = listing.result(Map.of(7L, SNAPSHOT));

        assertEquals(List.of("C2", "C3", "C4"), list.rows().stream().map(AgedBalance::customerId).toList(),
                "the two largest of each currency, by currency");
        assertEquals(4, list.matched(), "a customer with nothing open is not a row");
        assertEquals(List.of(total("EUR", "400", "950", 3), total("SEK", "1000", "0", 1)), list.totals());
        assertEquals(Map.of(7L, SNAPSHOT), list.snapshots());
    }

    @Test
    void r20_issue18_balancesInDifferentCurrenciesAreNotRankedAgainstEachOther() {
        AgedListing listing = new AgedListing(1);
        listing.add(balance("S1", "SEK", "90000", "0"));
        listing.add(balance("S2", "SEK", "50000", "0"));
        listing.add(balance("MIX", "EUR", "800", "0"));
        listing.add(balance("MIX", "SEK", "100", "0"));
        listing.add(balance("E1", "EUR", "500", "0"));

        AgedList list = listing.result(Map.of(7L, SNAPSHOT));

        assertEquals(List.of("MIX EUR", "S1 SEK"), list.rows().stream()
                .map(row -> row.customerId() + " " + row.currency()).toList(),
                "the largest EUR balance is listed although every SEK balance is a larger number");
        assertEquals(List.of(total("EUR", "1300", "0", 2), total("SEK", "140100", "0", 3)), list.totals(),
                "a customer with two currencies counts in each currency's total");
    }

    @Test
    void r20_noLimitListsEveryMatchingBalance() {
        AgedListing listing = new AgedListing(0);
        listing.add(balance("C1", "EUR", "1", "0"));
        listing.add(balance("C2", "EUR", "-5", "0"));
        listing.add(balance("C3", "EUR", "3", "0"));

        assertEquals(List.of("C3", "C1", "C2"),
                listing.result(Map.of(7L, SNAPSHOT)).rows().stream().map(AgedBalance::customerId).toList());
    }

    private static AgedBalance balance(String customer, String currency, String current, String overdue) {
        BigDecimal total = new BigDecimal(current).add(new BigDecimal(overdue));
        return new AgedBalance(7, customer, "Name of " + customer,
                List.of(Amount.of(current, currency), Amount.of(overdue, currency)), new Amount(total, currency));
    }

    private static AgedTotal total(String currency, String current, String overdue, long customers) {
        BigDecimal total = new BigDecimal(current).add(new BigDecimal(overdue));
        return new AgedTotal(7, currency, List.of(Amount.of(current, currency), Amount.of(overdue, currency)),
                new Amount(total, currency), customers);
    }
}
