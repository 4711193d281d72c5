package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headless product as an admin gets it: unpacked from its archive, started through its {@code dunwise}
 * script, with a demo ledger on the embedded database.
 */
class HeadlessProductTest {

    private static Product product;

    @BeforeAll
    static void demoLedger() throws Exception {
        product = Product.unpack("dunwise", "headless");
        Product.Result demo = product.dunwise("demo", "--customers", "60", "--seed", "7", "--as-of", "2026-11-22");
        assertEquals(0, demo.exitCode(), demo::toString);
        assertTrue(demo.out().contains("60 customers"), demo::toString);
        assertTrue(Files.exists(product.work.resolve("strategies/strategies.dun")), "example strategies written");
    }

    @Test
    void simulatePrintsATableWithTotals() throws Exception {
        Product.Result table = product.dunwise("simulate", "--strategies", "strategies", "--as-of", "2026-11-22");
        assertEquals(0, table.exitCode(), table::toString);
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).matches("Customer +Strategy +Step +Action +Invoices +Date +Outcome"), table::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("Action .*planned.* Total")), "totals: " + table);
        assertTrue(lines.get(lines.size() - 1).startsWith("Simulation as of 2026-11-22: "), table::toString);
        assertTrue(lines.size() > 4, "the demo ledger has overdue customers: " + table);
    }

    @Test
    void simulateJsonHasTheDocumentedFieldsAndMatchesTheTable() throws Exception {
        Product.Result json = product.dunwise("simulate", "--strategies", "strategies", "--as-of", "2026-11-22",
                "--format", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonArray actions = JsonParser.parseString(json.out()).getAsJsonArray();
        Set<String> strategies = new TreeSet<>();
        for (JsonElement element : actions) {
            JsonObject action = element.getAsJsonObject();
            assertEquals(Set.of("customer", "strategy", "step", "action", "invoices", "recipients", "date", "outcome",
                    "reason"), action.keySet());
            assertEquals("2026-11-22", action.get("date").getAsString());
            strategies.add(action.get("strategy").getAsString());
        }
        Product.Result table = product.dunwise("simulate", "--strategies", "strategies", "--as-of", "2026-11-22");
        String total = table.out().lines().filter(line -> line.startsWith("Total ")).findFirst().orElseThrow();
        assertEquals(Integer.toString(actions.size()), total.substring(total.lastIndexOf(' ') + 1),
                "the table's total counts the JSON's actions");
        assertEquals(Set.of("CorporateDunning", "PublicSector", "EveryoneElse"), strategies,
                "every pool of the demo gets customers (R5)");
    }

    @Test
    void badInputIsRefusedWithExitCode2() throws Exception {
        Product.Result missing = product.dunwise("simulate", "--strategies", "no-such-folder", "--as-of", "2026-11-22");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("no-such-folder"), missing::toString);
        Product.Result badDate = product.dunwise("simulate", "--strategies", "strategies", "--as-of", "22/11/2026");
        assertEquals(2, badDate.exitCode(), badDate::toString);
    }

    @Test
    void validateReportsFileLineAndColumn() throws Exception {
        Files.writeString(product.work.resolve("broken.dun"), """
                pool P1 "one"
                pool P2 "two"
                strategy A "a" rank 1 pool P1 { step "x" letter 3 days after due }
                strategy B "b" rank 1 pool P2 { step "y" letter 3 days after due }
                """);
        Product.Result result = product.dunwise("validate", "broken.dun");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.out().contains("broken.dun:4:21: error: R4: rank 1 is also taken by strategy A (broken.dun)"),
                result::toString);
        assertTrue(result.out().endsWith("1 files, 2 strategies, 2 problems\n"), result::toString);
    }

    @Test
    void validateAcceptsTheRepositorysExamples() throws Exception {
        Product.Result result = product.dunwise("validate",
                java.nio.file.Path.of("../../examples/strategies").toAbsolutePath().normalize().toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("3 files, 3 strategies, 0 problems\n", result.out());
    }

    @Test
    void anExportImportsIntoAFreshLedgerAndExportsTheSame() throws Exception {
        Product.Result export = product.dunwise("export", "export-1");
        assertEquals(0, export.exitCode(), export::toString);
        assertTrue(export.out().lines().anyMatch(line -> line.matches("customers\\.csv +60")), export::toString);
        Product.Result imported = product.dunwise("--db", "copy-of-demo", "import", "export-1");
        assertEquals(0, imported.exitCode(), imported::toString);
        assertTrue(imported.out().contains("Imported into"), imported::toString);
        Product.Result again = product.dunwise("--db", "copy-of-demo", "export", "export-2");
        assertEquals(0, again.exitCode(), again::toString);
        for (String file : List.of("customers.csv", "contacts.csv", "salesreps.csv", "agents.csv", "invoices.csv",
                "payments.csv")) {
            assertEquals(Files.readString(product.work.resolve("export-1").resolve(file)),
                    Files.readString(product.work.resolve("export-2").resolve(file)), file);
        }
    }

    @Test
    void aBadImportIsReportedByFileAndLineAndChangesNothing() throws Exception {
        assertEquals(0, product.dunwise("export", "export-before").exitCode());
        assertEquals(0, product.dunwise("export", "export-bad").exitCode());
        java.nio.file.Path invoices = product.work.resolve("export-bad/invoices.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(invoices));
        lines.set(2, lines.get(2).replaceFirst(",20(\\d\\d)-(\\d\\d)-(\\d\\d),", ",20$1-13-$3,"));
        Files.write(invoices, lines);
        Product.Result refused = product.dunwise("import", "export-bad");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().startsWith("invoices.csv:3: invoiceDate \""), refused::toString);
        assertTrue(refused.err().contains("is not a date (YYYY-MM-DD)"), refused::toString);
        assertTrue(refused.err().contains("nothing was imported"), refused::toString);
        assertEquals(0, product.dunwise("export", "export-after").exitCode());
        for (String file : List.of("customers.csv", "invoices.csv", "payments.csv")) {
            assertEquals(Files.readString(product.work.resolve("export-before").resolve(file)),
                    Files.readString(product.work.resolve("export-after").resolve(file)), "unchanged: " + file);
        }
    }

    @Test
    void aLedgerThatCannotBeOpenedIsOneClearLine() throws Exception {
        Product.Result unreachable = product.dunwise("--db", "jdbc:postgresql://127.0.0.1:1/ledger?user=u&password=secret",
                "export", "never-written");
        assertEquals(2, unreachable.exitCode(), unreachable::toString);
        assertEquals(1, unreachable.err().lines().count(), unreachable::toString);
        assertTrue(unreachable.err().startsWith("dunwise: cannot reach the database "
                + "jdbc:postgresql://127.0.0.1:1/ledger?user=u&password=*** ("), unreachable::toString);
        assertTrue(unreachable.err().endsWith("); check that the server is running and that host and port are right\n"),
                unreachable::toString);
        Product.Result unsupported = product.dunwise("--db", "jdbc:mysql://localhost/ledger", "export", "never-written");
        assertEquals(2, unsupported.exitCode(), unsupported::toString);
        assertEquals("dunwise: unsupported database jdbc:mysql://localhost/ledger: Dunwise works with H2 (a folder or "
                + "jdbc:h2:…) and PostgreSQL (jdbc:postgresql://…)\n", unsupported.err());
        assertTrue(Files.notExists(product.work.resolve("never-written")), "nothing written");
        // issue 18: a port that is no number, or out of range, and a password that is no valid URL encoding
        for (String url : List.of("jdbc:postgresql://127.0.0.1:notaport/db?user=u&password=S3cretPG",
                "jdbc:postgresql://127.0.0.1:99999/db?user=u&password=S3cretPG",
                "jdbc:postgresql://127.0.0.1:1/db?user=u&password=S3cret%zz", "postgresql://u:S3cretPG@127.0.0.1/db")) {
            Product.Result bad = product.dunwise("--db", url, "history", "--pending");
            assertEquals(2, bad.exitCode(), bad::toString);
            assertEquals(1, bad.err().lines().count(), bad::toString);
            assertFalse(bad.err().contains("S3cret"), bad::toString);
        }
    }

    @Test
    void issue18s5AMistypedLedgerIsRefusedNotCreated() throws Exception {
        for (List<String> command : List.of(List.of("hold", "--customer", "C1", "--release"), List.of("history",
                "--pending"), List.of("export", "never-written"))) {
            List<String> args = new java.util.ArrayList<>(List.of("--db", "wrong/path"));
            args.addAll(command);
            Product.Result refused = product.dunwise(args.toArray(String[]::new));
            assertEquals(2, refused.exitCode(), refused::toString);
            assertEquals("dunwise: there is no ledger in " + product.work.resolve("wrong/path").toAbsolutePath().normalize() + ": check --db, or "
                    + "create one with 'dunwise import DIR' (your CSV files) or 'dunwise demo'\n", refused.err());
        }
        assertTrue(Files.notExists(product.work.resolve("wrong")), "no ledger was created");
    }
}
