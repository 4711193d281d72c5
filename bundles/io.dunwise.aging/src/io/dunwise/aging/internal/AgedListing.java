package io.dunwise.aging.internal;

import io.dunwise.aging.AgedList;
import io.dunwise.aging.AgedTotal;
import io.dunwise.ledger.api.AgedBalance;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Builds an aged list from balances streamed one by one: keeps the largest totals of each currency in a bounded heap
 * and adds every balance to its snapshot's and currency's total, so that memory does not grow with the ledger.
 * Customers with nothing open are counted in no total and not listed. Balances in different currencies are not
 * ranked against each other (issue 18 §2): without exchange rates 9000 SEK is not "more" than 900 EUR, and a ledger's
 * SEK or JPY balances would crowd out its EUR ones. So the limit holds per currency, and the list goes by currency.
 */
final class AgedListing {

    /** By currency, then largest total first; equal totals by customer, so that the order is stable. */
    static final Comparator<AgedBalance> LARGEST_FIRST = Comparator.comparing(AgedBalance::currency)
            .thenComparing((AgedBalance balance) -> balance.total().value(), Comparator.reverseOrder())
            .thenComparing(AgedBalance::customerId);

    private final int limit;
    private final Map<String, PriorityQueue<AgedBalance>> largest = new TreeMap<>();
    private final List<AgedBalance> all = new ArrayList<>();
    private final Map<String, Sum> sums = new TreeMap<>();
    private long matched;

    AgedListing(int limit) {
        this.limit = limit;
    }

    void add(AgedBalance balance) {
        if (balance.total().value().signum() == 0 && balance.periods().stream().allMatch(a -> a.value().signum() == 0)) {
            return;
        }
        matched++;
        sums.computeIfAbsent(balance.snapshotId() + "/" + balance.currency(),
                key -> new Sum(balance.snapshotId(), balance.currency(), balance.periods().size())).add(balance);
        if (limit == 0) {
            all.add(balance);
            return;
        }
        PriorityQueue<AgedBalance> ofCurrency = largest.computeIfAbsent(balance.currency(),
                currency -> new PriorityQueue<>(LARGEST_FIRST.reversed()));
        ofCurrency.add(balance);
        if (ofCurrency.size() > limit) {
            ofCurrency.poll();
        }
    }

    AgedList result(Map<Long, AgingSnapshot> snapshots) {
        List<AgedBalance> rows = new ArrayList<>(all);
        largest.values().forEach(rows::addAll);
        rows.sort(LARGEST_FIRST);
        List<AgedTotal> totals = sums.values().stream().map(Sum::total).toList();
        Map<Long, AgingSnapshot> used = new TreeMap<>();
        totals.forEach(total -> used.put(total.snapshotId(), snapshots.get(total.snapshotId())));
        return new AgedList(rows, used, totals, matched);
    }

    private static final class Sum {
        private final long snapshotId;
        private final String currency;
        private final BigDecimal[] periods;
        private BigDecimal total = BigDecimal.ZERO;
        private long customers;

        Sum(long snapshotId, String currency, int periods) {
            this.snapshotId = snapshotId;
            this.currency = currency;
            this.periods = new BigDecimal[periods];
            java.util.Arrays.fill(this.periods, BigDecimal.ZERO);
        }

        void add(AgedBalance balance) {
            for (int i = 0; i < periods.length; i++) {
                periods[i] = periods[i].add(balance.periods().get(i).value());
            }
            total = total.add(balance.total().value());
            customers++;
        }

        AgedTotal total() {
            List<Amount> amounts = new ArrayList<>();
            for (BigDecimal period : periods) {
                amounts.add(new Amount(period, currency));
            }
            return new AgedTotal(snapshotId, currency, amounts, new Amount(total, currency), customers);
        }
    }
}
