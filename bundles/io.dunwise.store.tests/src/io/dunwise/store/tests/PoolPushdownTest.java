package io.dunwise.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.CustomerFilter;
import io.dunwise.ledger.api.CustomerFilter.Comparison;
import io.dunwise.ledger.api.CustomerFilter.Measure;
import io.dunwise.ledger.api.CustomerFilter.TextField;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.Pool;
import io.dunwise.pools.PoolMembership;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * R1: a pool holds the same customers whether the database evaluates its condition ({@code members}) or the memory
 * does, customer by customer ({@code holds}). Random ledgers full of missing values meet random conditions over
 * every field and operator, on each database.
 */
@ExtendWith(ServiceExtension.class)
class PoolPushdownTest {

    private static final int CUSTOMERS = 300;
    private static final int CONDITIONS = 300;
    private static final int DEPTH = 3;
    private static final long[] SEEDS = {20261001L, 7L, 424242L};

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    PoolMembership pools;

    @TempDir
    Path work;

    static Stream<Arguments> ledgers() {
        return TestDatabases.kinds().flatMap(kind -> Stream.of(Arguments.of(kind, SEEDS[0]),
                Arguments.of(kind, SEEDS[1]), Arguments.of(kind, SEEDS[2])));
    }

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("ledgers")
    void r1_theDatabaseHoldsTheCustomersTheMemoryHolds(String kind, long seed) throws Exception {
        Random random = new Random(seed);
        RandomLedger data = new RandomLedger(random, CUSTOMERS);
        RandomConditions conditions = new RandomConditions(random, data);
        try (Ledger ledger = store.open(TestDatabases.fresh(kind, work))) {
            data.fill(ledger);
            List<Customer> customers = ledger.customers().all();
            Map<String, List<Invoice>> open = new HashMap<>();
            ledger.accounts().forEach(account -> open.put(account.customerId(), account.openInvoices()));
            List<String> mismatches = new ArrayList<>();
            int telling = 0;
            for (int n = 0; n < CONDITIONS; n++) {
                Pool pool = DunwiseFactory.eINSTANCE.createPool();
                pool.setCondition(conditions.next(DEPTH));
                LocalDate asOf = RandomLedger.DAY.plusDays(random.nextInt(3) == 0 ? random.nextInt(121) - 60 : 0);
                Set<String> inMemory = customers.stream()
                        .filter(customer -> pools.holds(pool, customer, open.getOrDefault(customer.id(), List.of()),
                                asOf))
                        .map(Customer::id).collect(Collectors.toSet());
                Set<String> pushedDown = pools.members(pool, ledger, asOf);
                if (!inMemory.equals(pushedDown)) {
                    String mismatch = mismatch(kind, seed, n, pool, asOf, inMemory, pushedDown, customers, open);
                    System.err.println(mismatch);
                    mismatches.add(mismatch);
                }
                if (!inMemory.isEmpty() && inMemory.size() < customers.size()) {
                    telling++;
                }
            }
            assertEquals(List.of(), mismatches);
            assertTrue(telling > CONDITIONS / 3, "most conditions should hold some customers but not all: " + telling);
        }
    }

    /** The cases that random conditions never write: no condition, and a filter the language cannot express. */
    @ParameterizedTest
    @MethodSource("databases")
    void r1_everyoneAndItsNegationOnTheDatabase(String kind) throws Exception {
        try (Ledger ledger = store.open(TestDatabases.fresh(kind, work))) {
            Ledgers.fill(ledger);
            LocalDate day = Ledgers.DAY;
            Pool everyone = DunwiseFactory.eINSTANCE.createPool();
            assertEquals(Set.of("C1", "C2", "C3"), pools.members(everyone, ledger, day));
            assertEquals(Set.of(), ledger.customers().matching(CustomerFilter.not(CustomerFilter.everyone()), day));
            // C1's open invoices: I1 due on DAY and I2 ten days later (promised), so overdue days 0 and balance 1350.50
            assertEquals(Set.of("C1"), ledger.customers().matching(CustomerFilter.and(
                    CustomerFilter.compare(Measure.OVERDUE_DAYS, Comparison.EQUAL, BigDecimal.ZERO),
                    CustomerFilter.compare(Measure.BALANCE, Comparison.EQUAL, new BigDecimal("1350.5")),
                    CustomerFilter.textIn(TextField.GROUP, "corp")), day));
            assertEquals(Set.of("C2", "C3"), ledger.customers().matching(
                    CustomerFilter.compare(Measure.CREDIT_USE, Comparison.NOT_EQUAL, new BigDecimal("2.701")), day));
        }
    }

    private static String mismatch(String kind, long seed, int n, Pool pool, LocalDate asOf, Set<String> inMemory,
            Set<String> pushedDown, List<Customer> customers, Map<String, List<Invoice>> open) {
        Set<String> differ = new TreeSet<>(inMemory);
        differ.addAll(pushedDown);
        differ.removeIf(id -> inMemory.contains(id) && pushedDown.contains(id));
        StringBuilder text = new StringBuilder("R1 pushdown differs from memory on " + kind + ", seed " + seed
                + ", condition " + n + " as of " + asOf + ":\n  " + RandomConditions.written(pool.getCondition())
                + "\n  customers held by one side only:");
        customers.stream().filter(customer -> differ.contains(customer.id())).limit(5).forEach(customer -> text
                .append("\n    ").append(inMemory.contains(customer.id()) ? "memory only: " : "database only: ")
                .append(customer).append(" open invoices ").append(open.getOrDefault(customer.id(), List.of())));
        return text.toString();
    }
}
