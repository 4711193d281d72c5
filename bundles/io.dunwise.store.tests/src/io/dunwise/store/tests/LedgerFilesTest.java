package io.dunwise.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import io.dunwise.ledger.csv.FileCounts;
import io.dunwise.ledger.csv.ImportProblem;
import io.dunwise.ledger.csv.LedgerFiles;
import io.dunwise.ledger.csv.LedgerImportException;
import io.dunwise.ledger.csv.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The CSV ledger files ({@code architecture.md}): an export imports again to the same ledger, and each kind of
 * bad file is refused with its {@code file:line: message} while the ledger stays exactly as it was.
 */
@ExtendWith(ServiceExtension.class)
class LedgerFilesTest {

    private static final Customer OLD = new Customer("OLD1", "The ledger before the import", null, "SE", "SEK", "sv",
            null, null, false, Map.of());

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    LedgerFiles files;

    @TempDir
    Path work;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExportImportsAgainToTheSameLedger(String kind) throws Exception {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        try (Ledger source = store.open(TestDatabases.fresh(kind, work))) {
            Ledgers.fill(source);
            FileCounts exported = files.exportTo(source, first, Progress.NONE);
            assertEquals(Map.of("customers.csv", 3L, "contacts.csv", 3L, "salesreps.csv", 2L, "agents.csv", 2L,
                    "invoices.csv", 5L, "payments.csv", 2L), exported.rows());
        }
        try (Ledger target = store.open(TestDatabases.fresh(kind, work))) {
            FileCounts imported = files.importFrom(first, target, Progress.NONE);
            assertEquals(17, imported.total());
            // R15 (issue 18 §4): the postal addresses of customers and contacts travel with them
            assertEquals(Ledgers.CUSTOMERS, target.customers().all());
            assertEquals(Ledgers.CONTACTS.get(1).address(), target.customers().contacts("C1").get(1).address());
            assertEquals(Ledgers.CONTACTS.get(2), target.customers().contacts("C3").get(0));
            assertEquals(Ledgers.PAYMENTS.get(0), target.payments().find("P1").orElseThrow());
            assertEquals(Ledgers.INVOICES.get(1), target.invoices().find("I2").orElseThrow());
            files.exportTo(target, second, Progress.NONE);
        }
        for (String file : LedgerFiles.FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " is the same after export → import → export");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void formulasAreNeutralisedInTheExportAndTheRoundTripStaysByteIdentical(String kind) throws Exception {
        // issue 18 §3b: values a spreadsheet runs as formulas were exported as they are
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        try (Ledger source = store.open(TestDatabases.fresh(kind, work))) {
            try (LedgerLoad load = source.startOver()) {
                load.customer(new Customer("+C1", "=cmd|' /C calc'!A0", "@group", "-SE", "SEK", "sv", null, "=SG",
                        false, Map.of("+key", "=HYPERLINK(\"http://evil.example\")")));
                load.customer(new Customer("C2", "'=already quoted", null, null, "SEK", null, null, null, false,
                        Map.of()));
                load.contact(new Contact("+C1", 1, "=HYPERLINK(\"http://evil.example\",\"click\")",
                        "-x@evil.example", "\tsv", List.of("-Collections", "Billing"), true, false, false));
                load.agent(new Agent("@A1", "+Agent", null, "=team"));
                load.invoice(new Invoice("-CN1", "+C1", Ledgers.DAY, Ledgers.DAY, Amount.of("-12.50", "SEK"),
                        Amount.of("-12.50", "SEK"), InvoiceStatus.OPEN));
                load.invoice(new Invoice("I1", "+C1", Ledgers.DAY, Ledgers.DAY, Amount.of("100.00", "SEK"),
                        Amount.of("50.00", "SEK"), InvoiceStatus.OPEN));
                load.payment(new Payment("P1", "+C1", Ledgers.DAY, Amount.of("50.00", "SEK"), "\rBANK",
                        List.of(new Settlement("I1", Amount.of("50.00", "SEK")))));
                load.commit();
            }
            files.exportTo(source, first, Progress.NONE);
        }
        String customers = Files.readString(first.resolve("customers.csv"));
        assertTrue(customers.contains("'+C1,'=cmd|' /C calc'!A0,'@group,'-SE,SEK,sv,,'=SG,false,"
                + "\"'+key==HYPERLINK(\"\"http://evil.example\"\")\""), customers);
        assertTrue(customers.contains("C2,''=already quoted,"), customers);
        String invoices = Files.readString(first.resolve("invoices.csv"));
        assertTrue(invoices.contains("'-CN1,'+C1,2026-10-01,2026-10-01,-12.50,-12.50,SEK,open,,"), invoices);
        for (String file : LedgerFiles.FILES) {
            for (String line : Files.readAllLines(first.resolve(file))) {
                for (String cell : line.split(",")) {
                    String value = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(!value.isEmpty() && "=+@\t\r".indexOf(value.charAt(0)) >= 0, file + ": " + line);
                }
            }
        }
        try (Ledger target = store.open(TestDatabases.fresh(kind, work))) {
            files.importFrom(first, target, Progress.NONE);
            assertEquals("=cmd|' /C calc'!A0", target.customers().find("+C1").orElseThrow().name());
            assertEquals("'=already quoted", target.customers().find("C2").orElseThrow().name());
            assertEquals(Amount.of("-12.50", "SEK"), target.invoices().find("-CN1").orElseThrow().amount());
            files.exportTo(target, second, Progress.NONE);
        }
        for (String file : LedgerFiles.FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " is the same after export → import → export");
        }
    }

    @Test
    void valuesOfExactlyTheirColumnsWidthFitTheDatabaseAndOneMoreIsRefusedOnItsLine() throws Exception {
        // issue 18 §3: the import's table of widths is the schema's; a longer value never reaches the database
        Path folder = Files.createDirectories(work.resolve("widths"));
        String id = "C".repeat(64);
        Files.writeString(folder.resolve("customers.csv"), "id,name,group,country,currency,language,creditLimit,"
                + "salesGroup,onHold,attributes\n" + id + "," + "n".repeat(255) + "," + "g".repeat(64) + ","
                + "c".repeat(8) + ",SEK," + "l".repeat(35) + ",," + "s".repeat(64) + ",false," + "k".repeat(64) + "="
                + "v".repeat(255) + "\n");
        Files.writeString(folder.resolve("contacts.csv"), "customer,name,email,language,purposes,primary,"
                + "collectionsContact\n" + id + "," + "n".repeat(255) + "," + "e".repeat(300) + "@" + "d".repeat(19)
                + "," + "l".repeat(35) + "," + "p".repeat(1000) + ",true,true\n");
        Files.writeString(folder.resolve("salesreps.csv"), "salesGroup,name,email,contact,primary\n"
                + "s".repeat(64) + "," + "n".repeat(255) + ",r@x.example,true,true\n");
        Files.writeString(folder.resolve("agents.csv"), "id,name,email,team\n" + "A".repeat(64) + ","
                + "n".repeat(255) + ",a@x.example," + "t".repeat(64) + "\n");
        Files.writeString(folder.resolve("payments.csv"), "id,customer,date,amount,currency,bankAccount,settles\n"
                + "P".repeat(64) + "," + id + ",2026-10-01,1.00,SEK," + "b".repeat(64) + ",\n");
        try (Ledger target = store.open(TestDatabases.fresh("h2", work))) {
            files.importFrom(folder, target, Progress.NONE);
            assertEquals(255, target.customers().find(id).orElseThrow().name().length());
        }
        replace(folder, "customers.csv", "c".repeat(8), "c".repeat(9));
        assertRefused(folder, "customers.csv:2: country is 9 characters long; at most 8 fit");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeader() throws Exception {
        Path folder = exported();
        replace(folder, "customers.csv", "id,name,group,country,currency,", "id,name,group,country,");
        assertRefused(folder, "customers.csv:1: missing column(s) currency; the header must name "
                + "id,name,group,country,currency,language,creditLimit,salesGroup,onHold,attributes");
    }

    @Test
    void anUnknownColumnIsReportedWithTheKnownOnes() throws Exception {
        Path folder = exported();
        replace(folder, "agents.csv", "id,name,email,team", "id,name,email,team,phone");
        assertRefused(folder, "agents.csv:1: unknown column(s) phone; known columns: id, name, email, team");
    }

    @Test
    void aBadDateIsReportedOnItsLine() throws Exception {
        Path folder = exported();
        // invoices.csv: header, CN1, I1 (line 3)
        replace(folder, "invoices.csv", "I1,C1,2026-09-01,2026-10-01", "I1,C1,2026-09-01,2026-10-32");
        assertRefused(folder, "invoices.csv:3: dueDate \"2026-10-32\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void aBadAmountIsReportedOnItsLine() throws Exception {
        Path folder = exported();
        replace(folder, "invoices.csv", "2026-10-01,1200.50,", "2026-10-01,12O0.50,");
        replace(folder, "payments.csv", "P2,C3,2026-10-01,10.00,", "P2,C3,2026-10-01,-10.00,");
        assertRefused(folder, "invoices.csv:3: amount \"12O0.50\" is not a decimal number (like 1250.50)",
                "payments.csv:3: amount -10.00 of a payment is not positive");
    }

    @Test
    void unknownReferencesAreReported() throws Exception {
        Path folder = exported();
        replace(folder, "contacts.csv", "C3,Claire Dubois", "C9,Claire Dubois");
        replace(folder, "payments.csv", "I2:150.00;I3:99.99", "I2:150.00;I9:99.99");
        assertRefused(folder, "contacts.csv:4: unknown customer C9", "payments.csv:2: settles unknown invoice I9");
    }

    @Test
    void duplicateIdsNameTheFirstLine() throws Exception {
        Path folder = exported();
        // C2's name holds a line break: C1 is on line 2, C2 on lines 3–4, C3 on 5, the copy of C1 on 6
        List<String> lines = Files.readAllLines(folder.resolve("customers.csv"));
        Files.writeString(folder.resolve("customers.csv"), String.join("\n", lines) + "\n" + lines.get(1) + "\n");
        // invoices.csv: CN1 on line 2, I1 on line 3, …, a second I1 on line 7
        List<String> invoices = Files.readAllLines(folder.resolve("invoices.csv"));
        Files.writeString(folder.resolve("invoices.csv"), String.join("\n", invoices) + "\n" + invoices.get(2) + "\n");
        assertRefused(folder, "customers.csv:6: duplicate customer id C1 (first on line 2)",
                "invoices.csv:7: duplicate invoice id I1 (first on line 3)");
    }

    @Test
    void textThatIsNotUtf8IsReportedWithItsLineAndByte() throws Exception {
        Path folder = exported();
        String text = Files.readString(folder.resolve("customers.csv"));
        Files.write(folder.resolve("customers.csv"), text.getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(folder, "customers.csv:5: not UTF-8 text (byte 0xDC at column 4); save the file as UTF-8");
    }

    @Test
    void everyBadValueOfARowAndOfTheFilesIsReported() throws Exception {
        Path folder = exported();
        replace(folder, "invoices.csv", "I4,C3,2026-08-22,2026-09-21,0.0125,0.0125,EUR,disputed",
                "I4,C3,2026-09-22,2026-09-21,0.0125,0.5,euro,settled");
        replace(folder, "customers.csv", "C1,Nordlys Trading AB,CORP,SE,SEK,sv,50000,SG1,false",
                "C 1,Nordlys Trading AB,CORP,SE,SEK,sv,-5,SG1,maybe");
        // C1 is refused for its id, so every row that names C1 is refused too; I4 (of C3) has its own problems
        assertRefused(folder,
                "customers.csv:2: id \"C 1\" is not a valid id (at most 64 characters, no spaces, control characters, "
                        + "; : or =)",
                "customers.csv:2: creditLimit -5 is negative",
                "customers.csv:2: onHold \"maybe\" is not true or false",
                "contacts.csv:2: unknown customer C1",
                "contacts.csv:3: unknown customer C1",
                "invoices.csv:2: unknown customer C1",
                "invoices.csv:3: unknown customer C1",
                "invoices.csv:4: unknown customer C1",
                "invoices.csv:5: unknown customer C1",
                "invoices.csv:6: currency \"euro\" is not an ISO 4217 currency code (like EUR)",
                "invoices.csv:6: status \"settled\" is not open, disputed or promised",
                "invoices.csv:6: dueDate 2026-09-21 is before invoiceDate 2026-09-22",
                "payments.csv:2: unknown customer C1");
    }

    @Test
    void promisesBelongToPromisedInvoicesOnly() throws Exception {
        Path folder = exported();
        // R26: a promised invoice carries its promise; an open one carries none. invoices.csv: I1 line 3, I2 line 4
        replace(folder, "invoices.csv", "150.00,SEK,promised,2026-10-06,150.00", "150.00,SEK,promised,,150.00");
        replace(folder, "invoices.csv", "1200.50,SEK,open,,", "1200.50,SEK,open,2026-10-06,");
        assertRefused(folder,
                "invoices.csv:3: promiseDate and promisedAmount belong to promised invoices only, not open ones",
                "invoices.csv:4: a promised invoice needs promiseDate and promisedAmount (R26)");
    }

    @Test
    void aPaymentSettlesInvoicesOfItsCustomerInItsCurrency() throws Exception {
        Path folder = exported();
        replace(folder, "payments.csv", "P2,C3,2026-10-01,10.00,EUR,,", "P2,C3,2026-10-01,10.00,EUR,,I1:5.00");
        replace(folder, "invoices.csv", "CN1,C1,2026-09-26,2026-09-26,-40.00,-40.00,",
                "CN1,C1,2026-09-26,2026-09-26,-40.00,-50.00,");
        assertRefused(folder,
                "invoices.csv:2: openAmount -50.00 of a credit note is not between the amount -40.00 and 0",
                "payments.csv:3: settles invoice I1 of another customer (C1)",
                "payments.csv:3: settles invoice I1 in SEK with a payment in EUR");
    }

    @Test
    void aFolderWithoutCustomersIsRefused() throws Exception {
        Path folder = Files.createDirectories(work.resolve("empty"));
        assertRefused(folder, "customers.csv: no such file in " + folder + "; a ledger needs its customers");
    }

    @Test
    void r15AnAddressLongerThanTheLedgerKeepsIsReportedOnItsLine() throws Exception {
        Path folder = exported();
        replace(folder, "customers.csv", "Kungsgatan 12", "K".repeat(1001));
        replace(folder, "contacts.csv", "Kiruna", "K".repeat(256));
        assertRefused(folder, "customers.csv:2: street is 1001 characters long; at most 1000 fit",
                "contacts.csv:3: city is 256 characters long; at most 255 fit");
    }

    /** The small ledger exported to a folder of files. */
    private Path exported() throws Exception {
        Path folder = work.resolve("files");
        try (Ledger source = store.open(TestDatabases.fresh("h2", work))) {
            Ledgers.fill(source);
            files.exportTo(source, folder, Progress.NONE);
        }
        return folder;
    }

    private static void replace(Path folder, String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        if (!text.contains(from)) {
            throw new AssertionError(file + " has no \"" + from + "\":\n" + text);
        }
        Files.writeString(folder.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** Imports the folder into a ledger holding one other customer: refused with these problems, unchanged. */
    private void assertRefused(Path folder, String... problems) throws Exception {
        try (Ledger target = store.open(TestDatabases.fresh("h2", work))) {
            try (LedgerLoad load = target.startOver()) {
                load.customer(OLD);
                load.commit();
            }
            LedgerImportException refused = assertThrows(LedgerImportException.class,
                    () -> files.importFrom(folder, target, Progress.NONE));
            assertEquals(List.of(problems), refused.problems().stream().map(ImportProblem::toString).toList());
            assertEquals(List.of(OLD), target.customers().all(), "nothing changed");
            assertEquals(0, target.invoices().count(), "nothing changed");
        }
    }
}
