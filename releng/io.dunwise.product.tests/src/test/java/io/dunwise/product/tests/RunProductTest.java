package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs of the headless product on demo ledgers: what a run records, what a second run of the day adds (nothing),
 * explanations, previews, what-if and strategy tests; and a run killed at several points by SIGKILL, started again,
 * that ends with exactly the history of a run that was never interrupted (R16).
 */
class RunProductTest {

    private static final String DAY = "2026-11-22";

    private static Product product;

    @BeforeAll
    static void unpack() throws Exception {
        product = Product.unpack("dunwise", "runs");
    }

    private static void demo(String db, int customers) throws Exception {
        Product.Result demo = product.dunwise("--db", db, "demo", "--customers", Integer.toString(customers), "--seed",
                "11", "--as-of", DAY);
        assertEquals(0, demo.exitCode(), demo::toString);
    }

    private static List<String> historyOf(String db) throws Exception {
        Product.Result history = product.dunwise("--db", db, "history", "--as-of", DAY, "--format", "json");
        assertEquals(0, history.exitCode(), history::toString);
        List<String> entries = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(history.out()).getAsJsonArray()) {
            // what a handler did names the records the database numbered (activity 17, letter 4): a killed run
            // leaves gaps in those sequences, so two ledgers agree on everything but the numbers
            JsonObject entry = element.getAsJsonObject();
            if ("done".equals(entry.get("outcome").getAsString()) && entry.get("reason").isJsonPrimitive()) {
                entry.addProperty("reason", entry.get("reason").getAsString().replaceAll("\\d+", "#"));
            }
            entries.add(entry.toString());
        }
        return entries;
    }

    @Test
    void aRunRecordsWhatTheSimulationShowedAndASecondRunOfTheDayAddsNothing() throws Exception {
        demo("ledger-a", 300);
        Product.Result simulated = product.dunwise("--db", "ledger-a", "simulate", "--strategies", "strategies",
                "--as-of", DAY, "--format", "json");
        assertEquals(0, simulated.exitCode(), simulated::toString);
        JsonArray planned = JsonParser.parseString(simulated.out()).getAsJsonArray();
        assertTrue(planned.size() > 50, simulated::toString);

        Product.Result run = product.dunwise("--db", "ledger-a", "run", "--strategies", "strategies", "--as-of", DAY);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("actions recorded"), run::toString);
        List<String> history = historyOf("ledger-a");
        assertEquals(planned.size(), history.size(), "R17: the run records the simulated actions");

        Product.Result again = product.dunwise("--db", "ledger-a", "simulate", "--strategies", "strategies",
                "--as-of", DAY, "--format", "json");
        assertEquals(0, JsonParser.parseString(again.out()).getAsJsonArray().size(),
                "R9, R10: every action of the day is recorded; nothing is due twice");
        Product.Result second = product.dunwise("--db", "ledger-a", "run", "--strategies", "strategies", "--as-of", DAY);
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals(history, historyOf("ledger-a"), "a second run of the day adds nothing");
    }

    @Test
    void r16aRunKilledAtSeveralPointsEndsWithTheHistoryOfARunNeverInterrupted() throws Exception {
        demo("reference", 4000);
        demo("victim", 4000);
        Product.Result reference = product.dunwise("--db", "reference", "run", "--strategies", "strategies",
                "--as-of", DAY, "--totals");
        assertEquals(0, reference.exitCode(), reference::toString);
        List<String> expected = historyOf("reference");
        assertTrue(expected.size() > 1000, "enough work to kill a run in the middle: " + expected.size());

        // `--progress lines` writes a line when the run has decided 1,000, 2,000, … customers; by then it has written
        // the batches of actions filled so far (about 700 actions per 1,000 demo customers, 500 a batch): each
        // attempt is killed (SIGKILL) as soon as its n-th line shows, in the middle of the run
        int killedMidway = 0;
        for (int lines = 1; lines <= 3; lines++) {
            Path err = product.work.resolve("killed-" + lines + ".err");
            Process process = product.start(err, "--db", "victim", "--progress", "lines", "run", "--strategies",
                    "strategies", "--as-of", DAY, "--totals");
            if (!waitForLines(process, err, lines)) {
                break;
            }
            process.destroyForcibly().waitFor();
            int recorded = historyOf("victim").size();
            if (recorded > 0 && recorded < expected.size()) {
                killedMidway++;
            }
        }
        assertTrue(killedMidway > 0, "at least one kill landed while the run was recording");
        Product.Result finished = product.dunwise("--db", "victim", "run", "--strategies", "strategies", "--as-of",
                DAY, "--totals");
        assertEquals(0, finished.exitCode(), finished::toString);
        assertEquals(expected, historyOf("victim"), "no action lost, none recorded twice");
    }

    /** Waits until {@code err} has {@code lines} progress lines; false if the process ended first. */
    private static boolean waitForLines(Process process, Path err, int lines) throws Exception {
        while (process.isAlive()) {
            if (Files.exists(err) && Files.readAllLines(err).stream().filter(line -> line.contains("customers"))
                    .count() >= lines) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    @Test
    void explainSaysWhyForOneCustomer() throws Exception {
        demo("ledger-b", 200);
        Product.Result simulated = product.dunwise("--db", "ledger-b", "simulate", "--strategies", "strategies",
                "--as-of", DAY, "--format", "json");
        String customer = JsonParser.parseString(simulated.out()).getAsJsonArray().get(0).getAsJsonObject()
                .get("customer").getAsString();
        Product.Result explained = product.dunwise("--db", "ledger-b", "explain", "--strategies", "strategies",
                "--customer", customer, "--as-of", DAY);
        assertEquals(0, explained.exitCode(), explained::toString);
        String text = explained.out();
        assertTrue(text.startsWith("Customer " + customer + " on " + DAY), text);
        assertTrue(text.contains("Strategy:"), text);
        assertTrue(text.lines().anyMatch(line -> line.matches("Step +Action +Reached on +State")), text);
        assertTrue(text.contains("Quiet days:") && text.contains("Exclusion:"), text);
        assertTrue(text.contains("Fires:") || text.contains("Does not fire:"), text);

        Product.Result unknown = product.dunwise("--db", "ledger-b", "explain", "--strategies", "strategies",
                "--customer", "NO-SUCH", "--as-of", DAY);
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().startsWith("dunwise: no customer NO-SUCH in "), unknown::toString);
    }

    @Test
    void r5ThePreviewOfAStrategyByTheDatabaseAgreesWithTheCountsOfTheEngine() throws Exception {
        demo("ledger-c", 500);
        Product.Result counts = product.dunwise("--db", "ledger-c", "assign", "--strategies", "strategies", "--as-of",
                DAY);
        assertEquals(0, counts.exitCode(), counts::toString);
        for (String strategy : List.of("PublicSector", "CorporateDunning", "EveryoneElse")) {
            String row = counts.out().lines().filter(line -> line.startsWith(strategy + " ")).findFirst().orElseThrow();
            String count = row.substring(row.lastIndexOf(' ') + 1);
            Product.Result members = product.dunwise("--db", "ledger-c", "assign", "--strategies", "strategies",
                    "--as-of", DAY, "--strategy", strategy);
            assertEquals(0, members.exitCode(), members::toString);
            assertTrue(members.out().endsWith(strategy + " gets " + count + " customers on " + DAY + "\n"),
                    counts + "\n" + members);
        }
        Product.Result set = product.dunwise("--db", "ledger-c", "assign", "--strategies", "strategies",
                "--customer", "C000001", "--set", "PublicSector");
        assertEquals(0, set.exitCode(), set::toString);
        Product.Result one = product.dunwise("--db", "ledger-c", "assign", "--strategies", "strategies", "--as-of", DAY,
                "--customer", "C000001");
        assertEquals("C000001 on " + DAY + ": PublicSector — assigned by hand to PublicSector\n", one.out());
        Product.Result hold = product.dunwise("--db", "ledger-c", "hold", "--customer", "C000001", "--reason",
                "in court", "--until", "2026-12-01");
        assertEquals(0, hold.exitCode(), hold::toString);
        Product.Result held = product.dunwise("--db", "ledger-c", "assign", "--strategies", "strategies", "--as-of", DAY,
                "--customer", "C000001");
        assertEquals("C000001 on " + DAY + ": no strategy — on hold (in court) until 2026-12-01: in no process\n",
                held.out());
    }

    @Test
    void r27WhatIfShowsTheCustomersAnEarlierReminderChanges() throws Exception {
        demo("ledger-d", 300);
        Path proposed = Files.createDirectories(product.work.resolve("proposed"));
        for (String file : List.of("setup.dun", "strategies.dun")) {
            String text = Files.readString(product.work.resolve("strategies").resolve(file));
            Files.writeString(proposed.resolve(file), text.replace("step \"Reminder\" email Overdue to customer else letter CollectionLetter 7 days",
                    "step \"Reminder\" email Overdue to customer else letter CollectionLetter 2 days"));
        }
        Product.Result whatIf = product.dunwise("--db", "ledger-d", "whatif", "--strategies", "proposed", "--against",
                "strategies", "--from", "2026-11-01", "--to", "2026-11-30");
        assertEquals(0, whatIf.exitCode(), whatIf::toString);
        String last = whatIf.out().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("From 2026-11-01 to 2026-11-30: [1-9][0-9]* customers on [0-9]+ days act "
                + "differently; [0-9]+ actions only proposed, [0-9]+ only current"), whatIf::toString);
        Product.Result same = product.dunwise("--db", "ledger-d", "whatif", "--strategies", "strategies", "--against",
                "strategies", "--from", "2026-11-01", "--to", "2026-11-30");
        assertTrue(same.out().startsWith("From 2026-11-01 to 2026-11-30: 0 customers"), same::toString);
    }

    @Test
    void r32TestBlocksPassAndAFailureNamesItsLine() throws Exception {
        demo("ledger-e", 10);
        Product.Result passed = product.dunwise("test", "strategies");
        assertEquals(0, passed.exitCode(), passed::toString);
        assertTrue(passed.out().endsWith("2 tests, 7 expectations, 0 failed\n"), passed::toString);
        Path broken = Files.createDirectories(product.work.resolve("broken"));
        Files.copy(product.work.resolve("strategies/setup.dun"), broken.resolve("setup.dun"));
        String text = Files.readString(product.work.resolve("strategies/strategies.dun"));
        Files.writeString(broken.resolve("strategies.dun"), text.replace("on 2026-10-11 expect nothing",
                "on 2026-10-11 expect activity \"Call\" for I1"));
        Product.Result failed = product.dunwise("test", "broken");
        assertEquals(1, failed.exitCode(), failed::toString);
        assertTrue(failed.out().lines().anyMatch(line -> line.matches(".*strategies\\.dun:[0-9]+: on 2026-10-11 "
                + "expected activity \"Call\" for I1; nothing happened")), failed::toString);
    }
}
