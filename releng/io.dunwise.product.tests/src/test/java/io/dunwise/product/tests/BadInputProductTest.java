package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 §3 and §3b through the headless product: bad ledger files and configuration files end in lines of
 * {@code file:line: message} and exit 2, never a stack trace, and show no secret; an export is safe to open in a
 * spreadsheet and imports again to the same files.
 */
class BadInputProductTest {

    private static final String CUSTOMERS = "id,name,group,country,currency,language,creditLimit,salesGroup,onHold,"
            + "attributes\n";
    private static final String INVOICES = "id,customer,invoiceDate,dueDate,amount,openAmount,currency,status\n";

    private static Product product;

    @BeforeAll
    static void unpack() throws Exception {
        product = Product.unpack("dunwise", "bad-input");
    }

    private static Path folder(String name, String... fileAndText) throws Exception {
        Path folder = Files.createDirectories(product.work.resolve(name));
        for (int i = 0; i < fileAndText.length; i += 2) {
            Files.writeString(folder.resolve(fileAndText[i]), fileAndText[i + 1]);
        }
        return folder;
    }

    private static void assertNoStackTrace(Product.Result result) {
        assertFalse(result.out().contains("Exception") || result.err().contains("Exception"), result::toString);
        assertFalse(result.out().contains("\tat ") || result.err().contains("\tat "), result::toString);
    }

    @Test
    void quotesCommonsCsvCannotParseAreLinesOfTheirFilesAndExit2() throws Exception {
        folder("quotes", "customers.csv", CUSTOMERS + "C1,Nordlys AB,,SE,SEK,sv,,,false,\n"
                + "C2,\"Delta\" Foods,,GB,GBP,en,,,false,\n",
                "invoices.csv", INVOICES + "I1,C1,2026-09-01,2026-10-01,10.00,10.00,SEK,open\n"
                        + "I2,\"C1,2026-09-01,2026-10-01,10.00,10.00,SEK,open\n");
        Product.Result refused = product.dunwise("--db", "quotes-db", "import", "quotes");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals(List.of("customers.csv:3: text after the closing quote of a value; inside a quoted value write a "
                + "quote as \"\"", "invoices.csv:3: a quoted value is never closed: its opening \" has no closing \" "
                        + "before the end of the file", "dunwise: 2 problem(s) in the ledger files; nothing was "
                                + "imported"), refused.err().lines().toList());
        assertNoStackTrace(refused);
    }

    @Test
    void anExportNeutralisesFormulasAndImportsAgainByteForByte() throws Exception {
        folder("formulas", "customers.csv", CUSTOMERS + "C1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","
                + "@group,SE,SEK,sv,,,false,\n", "invoices.csv", INVOICES
                        + "-CN1,C1,2026-09-01,2026-10-01,-12.50,-12.50,SEK,open\n");
        assertEquals(0, product.dunwise("--db", "formulas-1", "import", "formulas").exitCode());
        assertEquals(0, product.dunwise("--db", "formulas-1", "export", "formulas-out-1").exitCode());
        String customers = Files.readString(product.work.resolve("formulas-out-1/customers.csv"));
        assertTrue(customers.contains("C1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'@group,SE,"),
                customers);
        String invoices = Files.readString(product.work.resolve("formulas-out-1/invoices.csv"));
        assertTrue(invoices.contains("'-CN1,C1,2026-09-01,2026-10-01,-12.50,-12.50,SEK,open"), invoices);
        assertEquals(0, product.dunwise("--db", "formulas-2", "import", "formulas-out-1").exitCode());
        assertEquals(0, product.dunwise("--db", "formulas-2", "export", "formulas-out-2").exitCode());
        for (String file : List.of("customers.csv", "invoices.csv")) {
            assertArrayEquals(Files.readAllBytes(product.work.resolve("formulas-out-1").resolve(file)),
                    Files.readAllBytes(product.work.resolve("formulas-out-2").resolve(file)), file);
        }
    }

    @Test
    void everyKeyThatNamesASecretIsRefusedAndNoOutputShowsTheSecret() throws Exception {
        int shape = 0;
        for (String line : List.of("password hunter2", "smtp_password=hunter2", "passwd=", "password\\ = hunter2")) {
            String name = "conf-secret-" + shape++;
            folder(name, "io.dunwise.actions.email.cfg", "host = 127.0.0.1\n" + line + "\n");
            Product.Result refused = product.dunwise("--config", name, "plugin", "list");
            assertEquals(2, refused.exitCode(), refused::toString);
            assertTrue(refused.err().contains(name + "/io.dunwise.actions.email.cfg:2: \""), refused::toString);
            assertTrue(refused.err().contains("would put a secret in plain text"), refused::toString);
            assertFalse(refused.out().contains("hunter2") || refused.err().contains("hunter2"), refused::toString);
            assertNoStackTrace(refused);
        }
    }

    @Test
    void aNulInTheLetterFolderIsRefusedBeforeTheHandlerSeesIt() throws Exception {
        // it made the letter handler fail to configure, with a stack trace on stdout that broke --format json
        folder("conf-nul", "io.dunwise.actions.letter.cfg", "sender.name = Nordlys\nfolder = letters\u0000x\n");
        Product.Result refused = product.dunwise("--config", "conf-nul", "history", "--pending", "--format", "json");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals("", refused.out(), refused::toString);
        assertTrue(refused.err().contains("conf-nul/io.dunwise.actions.letter.cfg:2: \"folder\" holds a control "
                + "character"), refused::toString);
        assertNoStackTrace(refused);
        folder("conf-good", "io.dunwise.actions.letter.cfg", "folder = letters\n");
        // only demo and import create a ledger (issue 18 §5): the next command reads one that exists
        folder("nul-ledger", "customers.csv", CUSTOMERS + "C1,Nordlys AB,,SE,SEK,sv,,,false,\n");
        assertEquals(0, product.dunwise("--db", "nul-db", "import", "nul-ledger").exitCode());
        Product.Result next = product.dunwise("--db", "nul-db", "--config", "conf-good", "history", "--pending",
                "--format", "json");
        assertEquals(0, next.exitCode(), next::toString);
        assertEquals("[]", next.out().strip(), next::toString);
    }
}
