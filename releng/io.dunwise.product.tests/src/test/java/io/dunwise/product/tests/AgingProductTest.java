package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Aging snapshots and aged balances through the product on the demo ledger (R19, R20, R2): totals that match the
 * exported ledger, a pool's own definition, lists by pool and by agent, and bad names refused with nothing changed.
 */
class AgingProductTest {

    private static final String DAY = "2026-11-22";

    private static final java.util.concurrent.atomic.AtomicInteger EXPORTS = new java.util.concurrent.atomic.AtomicInteger();

    private static Product product;

    @BeforeAll
    static void demo() throws Exception {
        product = Product.unpack("dunwise", "aging");
        Product.Result demo = product.dunwise("demo", "--customers", "300", "--seed", "11", "--as-of", DAY);
        assertEquals(0, demo.exitCode(), demo::toString);
    }

    @Test
    void r20_theSnapshotsTotalsAreTheLedgersOpenBalancesAndAPoolKeepsItsOwnDefinition() throws Exception {
        Product.Result snapshot = dunwise("snapshot", "--strategies", "strategies", "--as-of", DAY);
        assertTrue(snapshot.out().contains("of every customer by Standard (Current | 1-30 | 31-60 | 61-90 | Over 90):"
                + " 300 customers"), snapshot::toString);

        JsonObject everyone = aged("--limit", "0");
        assertEquals(openBalances(), totals(everyone), "R20: the totals are the open amounts of the exported ledger");
        assertEquals(everyone.get("matched").getAsInt(), everyone.getAsJsonArray("balances").size());

        Product.Result pool = dunwise("snapshot", "--strategies", "strategies", "--as-of", DAY, "--pool", "Public");
        assertTrue(pool.out().contains("of pool Public by Budget (This month | 1-2 months | 3-5 months | 6 months and"
                + " more)"), "R19: the pool's own definition: " + pool);
        JsonObject publicSector = aged("--pool", "Public", "--limit", "0");
        Set<String> government = customersOfGroup("GOV");
        assertFalse(publicSector.getAsJsonArray("balances").isEmpty(), publicSector::toString);
        for (JsonElement element : publicSector.getAsJsonArray("balances")) {
            JsonObject row = element.getAsJsonObject();
            assertTrue(government.contains(row.get("customer").getAsString()), row::toString);
            assertEquals(4, row.getAsJsonArray("periods").size(), "the Budget definition's four periods");
        }
        assertEquals(publicSector, aged("--agent", "ANNA", "--limit", "0"), "R2: ANNA owns the pool Public");

        JsonObject afterPool = aged("--limit", "0");
        assertEquals(openBalances(), totals(afterPool), "each customer is counted once, in its latest snapshot");
        assertEquals(2, afterPool.getAsJsonArray("snapshots").size(), afterPool::toString);
    }

    @Test
    void badNamesAreRefusedWithExitTwoAndChangeNothing() throws Exception {
        Product.Result before = product.dunwise("aged", "--strategies", "strategies", "--as-of", DAY, "--format", "json");

        Product.Result pool = product.dunwise("snapshot", "--strategies", "strategies", "--as-of", DAY, "--pool", "Nope");
        assertEquals(2, pool.exitCode(), pool::toString);
        assertTrue(pool.err().contains("no pool Nope in the strategy files; pools: Public, Corporate, Everyone"),
                pool::toString);
        Product.Result agent = product.dunwise("aged", "--strategies", "strategies", "--agent", "NOBODY");
        assertEquals(2, agent.exitCode(), agent::toString);
        assertTrue(agent.err().contains("agent NOBODY owns no pool in the strategy files; owners: ANNA, CLAIRE, LARS"),
                agent::toString);
        Product.Result both = product.dunwise("aged", "--strategies", "strategies", "--agent", "ANNA", "--pool", "Public");
        assertEquals(2, both.exitCode(), both::toString);

        assertEquals(before.out(), product.dunwise("aged", "--strategies", "strategies", "--as-of", DAY, "--format",
                "json").out(), "a refused command changes nothing");
    }

    @Test
    void r2_agentsAreListedByTeamWithThePoolsTheyOwn() throws Exception {
        Product.Result agents = dunwise("agents", "--strategies", "strategies");
        assertTrue(agents.out().lines().anyMatch(line -> line.matches(".*\\bANNA\\b.*\\bPublic$")), agents::toString);
        assertTrue(agents.out().lines().anyMatch(line -> line.matches(".*\\bLARS\\b.*\\bCorporate$")), agents::toString);
        assertTrue(agents.out().matches("(?s).*\\d+ agents in \\d+ teams.*"), agents::toString);
    }

    private static Product.Result dunwise(String... args) throws Exception {
        Product.Result result = product.dunwise(args);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private static JsonObject aged(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("aged", "--strategies", "strategies", "--as-of", DAY,
                "--format", "json"));
        args.addAll(List.of(options));
        return JsonParser.parseString(dunwise(args.toArray(String[]::new)).out()).getAsJsonObject();
    }

    /** The aged list's totals per currency, over every snapshot it shows. */
    private static Map<String, BigDecimal> totals(JsonObject aged) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (JsonElement element : aged.getAsJsonArray("totals")) {
            JsonObject total = element.getAsJsonObject();
            totals.merge(total.get("currency").getAsString(), total.get("total").getAsBigDecimal(), BigDecimal::add);
        }
        totals.replaceAll((currency, sum) -> sum.stripTrailingZeros());
        return totals;
    }

    /** The open amounts per currency of the invoices dated by DAY, from the ledger's export. */
    private static Map<String, BigDecimal> openBalances() throws Exception {
        Map<String, BigDecimal> balances = new TreeMap<>();
        for (CSVRecord invoice : exported("invoices.csv")) {
            if (!LocalDate.parse(invoice.get("invoiceDate")).isAfter(LocalDate.parse(DAY))) {
                balances.merge(invoice.get("currency"), new BigDecimal(invoice.get("openAmount")), BigDecimal::add);
            }
        }
        balances.values().removeIf(sum -> sum.signum() == 0);
        balances.replaceAll((currency, sum) -> sum.stripTrailingZeros());
        return balances;
    }

    private static Set<String> customersOfGroup(String group) throws Exception {
        Set<String> customers = new HashSet<>();
        for (CSVRecord customer : exported("customers.csv")) {
            if (group.equals(customer.get("group"))) {
                customers.add(customer.get("id"));
            }
        }
        return customers;
    }

    private static List<CSVRecord> exported(String file) throws Exception {
        String folder = "export-" + EXPORTS.incrementAndGet();
        dunwise("export", folder);
        try (Reader reader = Files.newBufferedReader(product.work.resolve(folder).resolve(file))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
