package io.dunwise.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.AgedBalance;
import io.dunwise.ledger.api.AgingBasis;
import io.dunwise.ledger.api.AgingBucket;
import io.dunwise.ledger.api.AgingRequest;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * R20: the database's one-statement snapshot gives every customer the balances a plain loop over its invoices gives,
 * on a random ledger with credit notes, several currencies, invoices dated after the snapshot and payments dated
 * after it (added back); a pool's snapshot becomes the latest of its members only; a new ledger clears them.
 */
@ExtendWith(ServiceExtension.class)
class AgingSnapshotsTest {

    private static final LocalDate DAY = RandomLedger.DAY;
    /** Current, 1-30, 31-60, 61-90, over 90 days past due on DAY (R19). */
    private static final List<AgingBucket> STANDARD = List.of(new AgingBucket("Current", DAY, null),
            new AgingBucket("1-30", DAY.minusDays(30), DAY.minusDays(1)),
            new AgingBucket("31-60", DAY.minusDays(60), DAY.minusDays(31)),
            new AgingBucket("61-90", DAY.minusDays(90), DAY.minusDays(61)),
            new AgingBucket("Over 90", null, DAY.minusDays(91)));
    /** A definition by invoice date that leaves out the newest invoices: their amounts count in the total only. */
    private static final List<AgingBucket> BY_INVOICE_DATE = List.of(
            new AgingBucket("31-90", DAY.minusDays(90), DAY.minusDays(31)),
            new AgingBucket("Older", null, DAY.minusDays(91)));

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @TempDir
    Path work;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void r20_theSnapshotGivesEachCustomerItsBalancePerPeriod(String kind) throws Exception {
        RandomLedger data = new RandomLedger(new Random(20261123L), 400);
        List<Payment> payments = payments(data, new Random(5L));
        try (Ledger ledger = store.open(TestDatabases.fresh(kind, work))) {
            fill(ledger, data, payments);
            AgingSnapshot snapshot = ledger.aging().create(
                    new AgingRequest(DAY, "Standard", AgingBasis.DUE_DATE, STANDARD, null, null));

            Map<String, AgedBalance> expected = expected(snapshot.id(), data, payments, AgingBasis.DUE_DATE,
                    STANDARD, null);
            assertEquals(expected, latest(ledger));
            assertEquals(data.customers.size(), snapshot.customers());
            assertEquals(List.of("Current", "1-30", "31-60", "61-90", "Over 90"), snapshot.labels());
            assertTrue(expected.values().stream().anyMatch(balance -> balance.total().value().signum() < 0),
                    "the ledger has a customer whose credit notes outweigh its invoices");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void r20_aPoolsSnapshotIsTheLatestOfItsMembersOnly(String kind) throws Exception {
        RandomLedger data = new RandomLedger(new Random(99L), 200);
        List<Payment> payments = payments(data, new Random(6L));
        Set<String> members = data.customers.stream().map(Customer::id).filter(id -> id.hashCode() % 3 == 0)
                .collect(Collectors.toSet());
        try (Ledger ledger = store.open(TestDatabases.fresh(kind, work))) {
            fill(ledger, data, payments);
            AgingSnapshot everyone = ledger.aging().create(
                    new AgingRequest(DAY, "Standard", AgingBasis.DUE_DATE, STANDARD, null, null));
            AgingSnapshot pool = ledger.aging().create(new AgingRequest(DAY, "ByInvoice", AgingBasis.INVOICE_DATE,
                    BY_INVOICE_DATE, "Some", members));

            Map<String, AgedBalance> expected = new TreeMap<>(expected(everyone.id(), data, payments,
                    AgingBasis.DUE_DATE, STANDARD, null));
            expected.keySet().removeIf(key -> members.contains(key.substring(0, key.indexOf('/'))));
            expected.putAll(expected(pool.id(), data, payments, AgingBasis.INVOICE_DATE, BY_INVOICE_DATE, members));
            assertEquals(expected, latest(ledger));
            assertEquals(members.size(), pool.customers());
            assertEquals(List.of(pool.id(), everyone.id()),
                    ledger.aging().snapshots().stream().map(AgingSnapshot::id).toList(), "newest first");
            assertEquals(List.of("31-90", "Older"), ledger.aging().find(pool.id()).orElseThrow().labels());

            AgingSnapshot again = ledger.aging().create(
                    new AgingRequest(DAY, "Standard", AgingBasis.DUE_DATE, STANDARD, null, null));
            assertEquals(expected(again.id(), data, payments, AgingBasis.DUE_DATE, STANDARD, null), latest(ledger),
                    "a snapshot of the whole ledger is the latest of everyone again");

            try (LedgerLoad load = ledger.startOver()) {
                load.commit();
            }
            assertEquals(List.of(), ledger.aging().snapshots(), "a new ledger starts without snapshots");
        }
    }

    /** Partial payments of some open invoices, half dated after DAY: a snapshot on DAY adds those back. */
    private static List<Payment> payments(RandomLedger data, Random random) {
        List<Payment> payments = new ArrayList<>();
        for (Invoice invoice : data.invoices) {
            BigDecimal paid = invoice.amount().value().subtract(invoice.openAmount().value());
            if (!invoice.isCreditNote() && paid.signum() > 0 && random.nextBoolean()) {
                LocalDate date = DAY.plusDays(random.nextInt(21) - 10);
                payments.add(new Payment("P" + invoice.id(), invoice.customerId(), date,
                        new Amount(paid, invoice.currency()), "BANK",
                        List.of(new Settlement(invoice.id(), new Amount(paid, invoice.currency())))));
            }
        }
        return payments;
    }

    private static void fill(Ledger ledger, RandomLedger data, List<Payment> payments) {
        try (LedgerLoad load = ledger.startOver()) {
            data.customers.forEach(load::customer);
            data.invoices.forEach(load::invoice);
            payments.forEach(load::payment);
            load.commit();
        }
    }

    private static Map<String, AgedBalance> latest(Ledger ledger) {
        Map<String, AgedBalance> latest = new TreeMap<>();
        ledger.aging().forEachLatest(balance -> latest.put(balance.customerId() + "/" + balance.currency(),
                normalised(balance)));
        return latest;
    }

    /** The balances a loop over each customer's invoices gives, keyed by customer and currency. */
    private static Map<String, AgedBalance> expected(long snapshotId, RandomLedger data, List<Payment> payments,
            AgingBasis basis, List<AgingBucket> buckets, Set<String> only) {
        Map<String, BigDecimal> paidLater = new HashMap<>();
        for (Payment payment : payments) {
            if (payment.date().isAfter(DAY)) {
                payment.settlements().forEach(settlement -> paidLater.merge(settlement.invoiceId(),
                        settlement.amount().value(), BigDecimal::add));
            }
        }
        Map<String, AgedBalance> expected = new TreeMap<>();
        for (Customer customer : data.customers) {
            if (only != null && !only.contains(customer.id())) {
                continue;
            }
            Map<String, BigDecimal[]> sums = new TreeMap<>();
            for (Invoice invoice : data.invoices) {
                if (!invoice.customerId().equals(customer.id()) || invoice.invoiceDate().isAfter(DAY)) {
                    continue;
                }
                BigDecimal open = invoice.openAmount().value().add(paidLater.getOrDefault(invoice.id(), BigDecimal.ZERO));
                if (open.signum() == 0) {
                    continue;
                }
                BigDecimal[] sum = sums.computeIfAbsent(invoice.currency(), currency -> zeros(buckets.size() + 1));
                LocalDate date = basis == AgingBasis.DUE_DATE ? invoice.dueDate() : invoice.invoiceDate();
                for (int i = 0; i < buckets.size(); i++) {
                    if (buckets.get(i).holds(date)) {
                        sum[i] = sum[i].add(open);
                        break;
                    }
                }
                sum[buckets.size()] = sum[buckets.size()].add(open);
            }
            if (sums.isEmpty()) {
                sums.put("XXX", zeros(buckets.size() + 1));
            }
            sums.forEach((currency, sum) -> {
                List<Amount> periods = new ArrayList<>();
                for (int i = 0; i < buckets.size(); i++) {
                    periods.add(new Amount(sum[i], currency));
                }
                expected.put(customer.id() + "/" + currency, normalised(new AgedBalance(snapshotId, customer.id(),
                        customer.name(), periods, new Amount(sum[buckets.size()], currency))));
            });
        }
        return expected;
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    /** Amounts compared by value, whatever their scale. */
    private static AgedBalance normalised(AgedBalance balance) {
        return new AgedBalance(balance.snapshotId(), balance.customerId(), balance.customerName(),
                balance.periods().stream().map(AgingSnapshotsTest::plain).toList(), plain(balance.total()));
    }

    private static Amount plain(Amount amount) {
        BigDecimal value = amount.value().stripTrailingZeros();
        return new Amount(value.signum() == 0 ? BigDecimal.ZERO : value, amount.currency());
    }
}
