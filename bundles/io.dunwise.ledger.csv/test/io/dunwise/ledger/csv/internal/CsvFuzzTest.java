package io.dunwise.ledger.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.SalesRep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated ledger files never crash or hang the import (issue 18 §3): each one is imported, or refused with problems
 * that are each one line {@code file:line: message}, never an exception of Commons CSV or the database. First the
 * issue's reproducers, then 1,000 ledgers spoilt at random (a fixed seed, so a failure can be replayed).
 */
class CsvFuzzTest {

    private static final int LEDGERS = 1_000;
    private static final Pattern ONE_LINE_PROBLEM = Pattern.compile("[a-z]+\\.csv(:[1-9]\\d*)?: [^\\r\\n]+");

    @TempDir
    Path work;

    private Path ledger() throws IOException {
        return LedgerFolder.write(work.resolve("ledger"));
    }

    private static void replace(Path folder, String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(folder.resolve(file), text.replace(from, to));
    }

    @Test
    void theUnspoiltLedgerImports() throws IOException {
        assertEquals(List.of(), LedgerFolder.problems(ledger()));
    }

    @Test
    void anUnbalancedQuoteIsALineNotAStackTrace() throws IOException {
        // issue 18 §3: Commons CSV's "EOF reached before encapsulated token finished" escaped with exit 1
        Path folder = ledger();
        replace(folder, "customers.csv", "C3,Überlingen Café SARL", "C3,\"Überlingen Café SARL");
        replace(folder, "contacts.csv", "C1,Olof Berg", "C1,\"Olof Berg");
        replace(folder, "invoices.csv", "I3,C1,2026-07-03", "I3,\"C1,2026-07-03");
        String unclosed = ": a quoted value is never closed: its opening \" has no closing \" before the end of the file";
        assertEquals(List.of("customers.csv:4" + unclosed, "contacts.csv:3" + unclosed, "invoices.csv:5" + unclosed),
                LedgerFolder.problems(folder));
    }

    @Test
    void textAfterAClosingQuoteIsALineNotAStackTrace() throws IOException {
        // issue 18 §3: "invalid char between encapsulated token and delimiter"
        Path folder = ledger();
        replace(folder, "customers.csv", "C1,Nordlys Trading AB", "C1,\"Nordlys\" Trading AB");
        replace(folder, "contacts.csv", "C3,Claire Dubois", "C3,\"Claire\"Dubois");
        replace(folder, "invoices.csv", "I2,C1", "\"I2\"x,C1");
        String stray = ": text after the closing quote of a value; inside a quoted value write a quote as \"\"";
        assertEquals(List.of("customers.csv:2" + stray, "contacts.csv:4" + stray, "invoices.csv:4" + stray),
                LedgerFolder.problems(folder));
    }

    @Test
    void aDateIsExactlyYyyyMmDd() throws IOException {
        // issue 18 §3: year −1 and a trailing space were accepted
        Path folder = ledger();
        replace(folder, "invoices.csv", "I1,C1,2026-09-01,2026-10-01,", "I1,C1,2026-09-01,-0001-01-01,");
        replace(folder, "invoices.csv", "I3,C1,2026-07-03,2026-08-02,", "I3,C1,2026-07-03,\"2026-10-01 \",");
        replace(folder, "payments.csv", "P2,C3,2026-10-01,", "P2,C3,+2026-10-01,");
        replace(folder, "invoices.csv", "I4,C3,2026-08-22,", "I4,C3,0000-08-22,");
        assertEquals(List.of("invoices.csv:3: dueDate \"-0001-01-01\" is not a date (YYYY-MM-DD)",
                "invoices.csv:5: dueDate \"2026-10-01 \" is not a date (YYYY-MM-DD)",
                "invoices.csv:6: invoiceDate \"0000-08-22\" is not a date (YYYY-MM-DD)",
                "payments.csv:3: date \"+2026-10-01\" is not a date (YYYY-MM-DD)"), LedgerFolder.problems(folder));
    }

    @Test
    void aValueLongerThanItsDatabaseColumnIsRefusedOnItsLine() throws IOException {
        // issue 18 §3: a name of 256, a group of 65, a country of 9 reached the database
        Path folder = ledger();
        replace(folder, "customers.csv", "C1,Nordlys Trading AB,CORP,SE,", "C1," + "n".repeat(256) + ",CORP,SE,");
        replace(folder, "customers.csv", "C2,\"Delta \"\"Foods\"\", Ltd.\",RETAIL,GB,",
                "C2,\"Delta \"\"Foods\"\", Ltd.\"," + "G".repeat(65) + ",GB,");
        replace(folder, "customers.csv", ",FR,EUR,", ",FRANCE-FR,EUR,");
        replace(folder, "customers.csv", "region=north", "region=" + "v".repeat(256));
        replace(folder, "agents.csv", "North", "N".repeat(65));
        replace(folder, "contacts.csv", "karin@nordlys.example", "k".repeat(310) + "@nordlys.example");
        replace(folder, "payments.csv", "SE-BANK-1", "B".repeat(65));
        assertEquals(List.of("customers.csv:2: name is 256 characters long; at most 255 fit",
                "customers.csv:2: attribute \"region\" is 256 characters long; at most 255 fit",
                "customers.csv:3: group is 65 characters long; at most 64 fit",
                "customers.csv:4: country is 9 characters long; at most 8 fit",
                "contacts.csv:2: email is 326 characters long; at most 320 fit",
                "agents.csv:2: team is 65 characters long; at most 64 fit",
                "payments.csv:2: bankAccount is 65 characters long; at most 64 fit"), LedgerFolder.problems(folder));
    }

    @Test
    void aValueOfExactlyItsColumnsWidthIsImported() throws IOException {
        Path folder = ledger();
        replace(folder, "customers.csv", "C1,Nordlys Trading AB,CORP,SE,", "C1," + "n".repeat(255) + ","
                + "G".repeat(64) + ",SE-NORTH,");
        assertEquals(List.of(), LedgerFolder.problems(folder));
    }

    @Test
    void aNulCharacterIsRefusedOnEveryDatabaseAlike() throws IOException {
        // PostgreSQL refuses NUL in text with a message of its own; H2 would keep it
        Path folder = ledger();
        replace(folder, "agents.csv", "Agnes Agent", "Agnes\u0000Agent");
        assertEquals(List.of("agents.csv:2: name holds a NUL character, which no text in a ledger may hold"),
                LedgerFolder.problems(folder));
    }

    @Test
    void aProblemQuotesAValueOnOneLine() throws IOException {
        Path folder = ledger();
        replace(folder, "invoices.csv", "I1,C1,2026-09-01,2026-10-01,", "I1,C1,2026-09-01,\"2026-10\r\n-01\u001b[2J\",");
        assertEquals(List.of("invoices.csv:3: dueDate \"2026-10\\r\\n-01\\u001B[2J\" is not a date (YYYY-MM-DD)"),
                LedgerFolder.problems(folder));
    }

    @Test
    void aThousandMutatedLedgersAreImportedOrRefusedLineByLine() throws IOException {
        Random random = new Random(18_3);
        int refused = 0;
        for (int n = 0; n < LEDGERS; n++) {
            Path folder = LedgerFolder.write(work.resolve("ledger-" + n));
            List<String> what = new ArrayList<>();
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                what.add(mutate(folder, random));
            }
            String replay = "ledger " + n + " " + what;
            LedgerFolder.KeptLoad load = new LedgerFolder.KeptLoad();
            List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    return LedgerFolder.imported(folder, load);
                } catch (RuntimeException e) {
                    throw new AssertionError(replay + ": the import threw " + e, e);
                }
            }, replay + " hangs");
            if (problems.isEmpty()) {
                load.rows.forEach(row -> assertFits(row, replay));
            } else {
                refused++;
                for (String problem : problems) {
                    if (!ONE_LINE_PROBLEM.matcher(problem).matches() || problem.contains("Exception")) {
                        fail(replay + ": not one line file:line: message: " + problem);
                    }
                }
            }
        }
        assertTrue(refused > LEDGERS / 2, "most mutations spoil a ledger: " + refused + " of " + LEDGERS + " refused");
    }

    /** What an accepted ledger hands the database fits its columns, and its dates have four-digit years. */
    private static void assertFits(Object row, String replay) {
        switch (row) {
            case Customer c -> {
                fits(replay, c.name(), 255, c.group(), 64, c.country(), 8, c.language(), 35, c.salesGroup(), 64);
                c.attributes().forEach((key, value) -> fits(replay, key, 64, value, 255));
            }
            case Contact c -> fits(replay, c.name(), 255, c.email(), 320, c.language(), 35,
                    String.join(";", c.purposes()), 1000);
            case SalesRep r -> fits(replay, r.salesGroup(), 64, r.name(), 255, r.email(), 320);
            case Agent a -> fits(replay, a.id(), 64, a.name(), 255, a.email(), 320, a.team(), 64);
            case Invoice i -> {
                fits(replay, i.id(), 64);
                dated(replay, i.invoiceDate(), i.dueDate(), i.promiseDate());
            }
            case Payment p -> {
                fits(replay, p.id(), 64, p.bankAccount(), 64);
                dated(replay, p.date());
            }
            default -> fail("unknown row " + row);
        }
    }

    private static void fits(String replay, Object... valuesAndWidths) {
        for (int i = 0; i < valuesAndWidths.length; i += 2) {
            String value = (String) valuesAndWidths[i];
            int width = (Integer) valuesAndWidths[i + 1];
            if (value != null && value.length() > width) {
                fail(replay + ": accepted a value of " + value.length() + " characters for a column of " + width);
            }
            if (value != null && value.indexOf('\u0000') >= 0) {
                fail(replay + ": accepted a NUL character, which PostgreSQL refuses");
            }
        }
    }

    private static void dated(String replay, LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                fail(replay + ": accepted the date " + date);
            }
        }
    }

    private static final String[] DAMAGE = {"\"", ",", "\n", "\r", ";", ":", "=", "-", " ", "\u0000", "\u001b",
        "é", "'", "\uFEFF", "9", "=cmd|' /C calc'!A0", "-0001-01-01", "2026-10-01 ", "1e20", "\"\"", "x\"y"};

    /** Spoils one file of the folder in one way; says how, for the replay. */
    private static String mutate(Path folder, Random random) throws IOException {
        String file = LedgerFolder.FILES.keySet().stream().skip(random.nextInt(LedgerFolder.FILES.size()))
                .findFirst().orElseThrow();
        Path path = folder.resolve(file);
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        int kind = random.nextInt(10);
        String spoilt = switch (kind) {
            case 0, 1 -> text.substring(0, at) + DAMAGE[random.nextInt(DAMAGE.length)] + text.substring(at);
            case 2 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
            case 3 -> text.substring(0, at);
            case 4 -> afterQuote(text, random);
            case 5 -> text.substring(0, at) + "x".repeat(new int[] {9, 36, 65, 256, 321, 1001, 4001}[random.nextInt(7)])
                    + text.substring(at);
            case 6 -> duplicateLine(text, random);
            case 7 -> text.replaceFirst("\\d{4}-\\d{2}-\\d{2}", random.nextBoolean() ? "-0001-01-01" : "2026-10-01 ");
            case 8 -> text.replace(",", random.nextBoolean() ? ";" : ",,");
            default -> null;
        };
        if (spoilt == null) {
            // a byte that is not UTF-8
            byte[] latin = new byte[bytes.length + 1];
            int cut = random.nextInt(bytes.length + 1);
            System.arraycopy(bytes, 0, latin, 0, cut);
            latin[cut] = (byte) 0xFF;
            System.arraycopy(bytes, cut, latin, cut + 1, bytes.length - cut);
            Files.write(path, latin);
        } else {
            Files.writeString(path, spoilt, StandardCharsets.UTF_8);
        }
        return file + "#" + kind + "@" + at;
    }

    private static String afterQuote(String text, Random random) {
        int quote = text.indexOf('"', random.nextInt(Math.max(1, text.length())));
        String quoted = quote < 0 ? text.replaceFirst(",", ",\"x\"") : text;
        int at = quoted.indexOf('"', Math.max(0, quote));
        return at < 0 ? quoted : quoted.substring(0, at + 1) + "stray" + quoted.substring(at + 1);
    }

    private static String duplicateLine(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int line = random.nextInt(lines.size());
        lines.add(line, lines.get(line));
        return String.join("\n", lines) + "\n";
    }
}
