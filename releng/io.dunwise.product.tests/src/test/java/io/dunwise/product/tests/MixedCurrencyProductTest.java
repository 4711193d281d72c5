package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 §2 through the command line: a customer with an invoice in EUR and one in SEK has one balance per
 * currency in {@code explain} and {@code aged}, and R6's aged-balance exclusion measures the leading invoice's
 * currency alone, as {@code run} records and {@code history} shows.
 */
class MixedCurrencyProductTest {

    private static final String DAY = "2026-11-22";

    private static Product product;

    @BeforeAll
    static void ledger() throws Exception {
        product = Product.unpack("dunwise", "mixed-currency");
        Product.Result demo = product.dunwise("demo", "--customers", "60", "--seed", "5", "--as-of", DAY);
        assertEquals(0, demo.exitCode(), demo::toString);
        // the EUR invoice leads (due first), 5 days overdue: CorporateDunning's reminder is the current step
        MixedCurrencyCustomer.addTo(product, "2026-11-17", "2026-11-20");
    }

    @Test
    void issue18_explainShowsOneBalancePerCurrencyAndR6MeasuresTheLeadingInvoicesCurrencyAsTheRunRecords()
            throws Exception {
        Product.Result explained = product.dunwise("explain", "--strategies", "strategies", "--as-of", DAY,
                "--customer", MixedCurrencyCustomer.ID);
        assertEquals(0, explained.exitCode(), explained::toString);
        String text = explained.out();
        assertTrue(text.contains("Open:        40.00 EUR + 9000.00 SEK"), text);
        assertTrue(text.contains("Exclusion:   excluded: aged balance 40.00 EUR (in the leading invoice's currency; "
                + "9000.00 SEK not counted) is below 50 (R6)"), text);
        assertTrue(text.contains("Does not fire: email \"Reminder\" for MIX-EUR"), text);

        JsonObject json = JsonParser.parseString(product.dunwise("explain", "--strategies", "strategies", "--as-of",
                DAY, "--customer", MixedCurrencyCustomer.ID, "--format", "json").out()).getAsJsonObject();
        assertEquals(JsonParser.parseString("[{\"amount\":40.00,\"currency\":\"EUR\"},"
                + "{\"amount\":9000.00,\"currency\":\"SEK\"}]"), json.get("openBalance"));
        assertEquals("MIX-EUR", json.get("leadingInvoice").getAsString(), "R7: the earliest due date leads");

        Product.Result run = product.dunwise("run", "--strategies", "strategies", "--as-of", DAY);
        assertTrue(run.exitCode() <= 1, run::toString);
        Product.Result history = product.dunwise("history", "--customer", MixedCurrencyCustomer.ID, "--format",
                "json");
        assertEquals(0, history.exitCode(), history::toString);
        JsonArray actions = JsonParser.parseString(history.out()).getAsJsonArray();
        assertEquals(1, actions.size(), history::toString);
        JsonObject action = actions.get(0).getAsJsonObject();
        assertEquals("skipped", action.get("outcome").getAsString(), action::toString);
        assertEquals("MIX-EUR", action.getAsJsonArray("invoices").get(0).getAsString(), action::toString);
        assertEquals("excluded: aged balance 40.00 EUR (in the leading invoice's currency; 9000.00 SEK not counted) "
                + "is below 50 (R6)", action.get("reason").getAsString());
        Product.Result table = product.dunwise("history", "--customer", MixedCurrencyCustomer.ID);
        assertEquals(0, table.exitCode(), table::toString);
        assertTrue(table.out().contains("MIX-EUR") && table.out().contains("skipped"), table::toString);
    }

    @Test
    void issue18_agedListsTheCustomerOncePerCurrencyWithTotalsPerCurrency() throws Exception {
        Product.Result snapshot = product.dunwise("snapshot", "--strategies", "strategies", "--as-of", DAY);
        assertEquals(0, snapshot.exitCode(), snapshot::toString);

        Product.Result aged = product.dunwise("aged", "--strategies", "strategies", "--as-of", DAY, "--limit", "0",
                "--format", "json");
        assertEquals(0, aged.exitCode(), aged::toString);
        JsonObject list = JsonParser.parseString(aged.out()).getAsJsonObject();
        Map<String, String> mixed = new TreeMap<>();
        for (JsonElement element : list.getAsJsonArray("balances")) {
            JsonObject row = element.getAsJsonObject();
            if (row.get("customer").getAsString().equals(MixedCurrencyCustomer.ID)) {
                mixed.put(row.get("currency").getAsString(), row.get("total").getAsBigDecimal().toPlainString());
            }
        }
        assertEquals(Map.of("EUR", "40.0000", "SEK", "9000.0000"), normalise(mixed), aged::toString);
        List<String> totalCurrencies = list.getAsJsonArray("totals").asList().stream()
                .map(total -> total.getAsJsonObject().get("currency").getAsString()).toList();
        assertTrue(totalCurrencies.containsAll(List.of("EUR", "SEK")), "a total per currency: " + totalCurrencies);

        Product.Result table = product.dunwise("aged", "--strategies", "strategies", "--as-of", DAY, "--limit", "0");
        assertEquals(0, table.exitCode(), table::toString);
        List<String> rows = table.out().lines().filter(line -> line.startsWith(MixedCurrencyCustomer.ID + " "))
                .toList();
        assertEquals(2, rows.size(), table::toString);
        assertTrue(rows.stream().anyMatch(row -> row.contains(" EUR ") && row.trim().endsWith("40.00")), rows::toString);
        assertTrue(rows.stream().anyMatch(row -> row.contains(" SEK ") && row.trim().endsWith("9000.00")),
                rows::toString);
    }

    private static Map<String, String> normalise(Map<String, String> totals) {
        Map<String, String> scaled = new TreeMap<>();
        totals.forEach((currency, total) -> scaled.put(currency,
                new java.math.BigDecimal(total).setScale(4).toPlainString()));
        return scaled;
    }
}
