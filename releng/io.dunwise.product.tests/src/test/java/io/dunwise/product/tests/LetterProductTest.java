package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Letters as the product prints them on a demo ledger (issue 18 §4): every letter shows its customer's address where
 * a window envelope shows it, and its text asks for the total its table adds up to; a customer without an address
 * gets no letter, and the history says why.
 */
class LetterProductTest {

    private static final String DAY = "2026-11-22";
    private static final float MM = 72f / 25.4f;
    private static final Pattern PLEASE_PAY = Pattern.compile("Please pay (.+?) now\\.");
    private static final Pattern TOTAL_TO_PAY = Pattern.compile("Total to pay (.+)");

    private static Product product;

    @BeforeAll
    static void demoLedger() throws Exception {
        product = Product.unpack("dunwise", "letters");
        Product.Result demo = product.dunwise("demo", "--customers", "200", "--seed", "3", "--as-of", DAY);
        assertEquals(0, demo.exitCode(), demo::toString);
    }

    @Test
    void r15EveryDemoLetterShowsItsAddressInTheWindowAndAsksForTheTotalUnderItsTable() throws Exception {
        Product.Result run = product.dunwise("run", "--strategies", "strategies", "--as-of", DAY);
        assertEquals(0, run.exitCode(), run::toString);
        List<Path> letters;
        try (Stream<Path> files = Files.list(product.work.resolve("letters"))) {
            letters = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(letters.size() >= 3, "the demo prints letters: " + letters);
        int english = 0;
        for (Path letter : letters) {
            try (PDDocument document = Loader.loadPDF(letter.toFile())) {
                // DIN 5008 form B: the address in the last 27.3 mm of the field 20 mm from the left, 45 mm from the top
                String address = textIn(document, new Rectangle2D.Float(20 * MM, 62.7f * MM, 85 * MM, 27.3f * MM));
                List<String> lines = address.lines().toList();
                assertTrue(lines.size() >= 3, letter + ": name, street, city in the window: " + address);
                assertTrue(lines.get(0).contains(" "), letter + ": the customer's name first: " + address);
                String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
                Matcher asked = PLEASE_PAY.matcher(text.replace('\n', ' '));
                Matcher total = TOTAL_TO_PAY.matcher(text);
                if (asked.find() && total.find()) {
                    english++;
                    // issue 18 §4: the body's {{invoices.total}} is the letter's total to pay
                    assertEquals(total.group(1).strip(), asked.group(1).strip(), letter + ":\n" + text);
                }
            }
        }
        assertTrue(english > 0, "some letters are English ones that ask for a total");
        Product.Result history = product.dunwise("history", "--as-of", DAY, "--format", "json");
        assertTrue(!history.out().contains("no-address"), "every demo customer has an address: " + history.out());
    }

    @Test
    void r15ACustomerWithoutAnAddressGetsNoLetterAndTheHistorySaysNoAddress() throws Exception {
        Path ledger = product.work.resolve("no-address");
        assertEquals(0, product.dunwise("--db", "no-address-db", "demo", "--customers", "40", "--seed", "5",
                "--as-of", DAY).exitCode());
        assertEquals(0, product.dunwise("--db", "no-address-db", "export", ledger.toString()).exitCode());
        // the address columns emptied: the file imports (they are optional), but nobody can be written to by post
        Path customers = ledger.resolve("customers.csv");
        CSVFormat csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        StringBuilder bare = new StringBuilder();
        try (CSVParser parser = CSVParser.parse(customers, StandardCharsets.UTF_8, csv);
                CSVPrinter printer = new CSVPrinter(bare, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                        .get())) {
            List<String> header = parser.getHeaderNames();
            printer.printRecord(header);
            for (CSVRecord record : parser) {
                printer.printRecord(header.stream().map(column -> List.of("street", "postalCode", "city",
                        "countryName").contains(column) ? "" : record.get(column)).toList());
            }
        }
        Files.writeString(customers, bare);
        Files.writeString(ledger.resolve("contacts.csv"), Files.readAllLines(ledger.resolve("contacts.csv")).get(0)
                + "\n");
        Product.Result imported = product.dunwise("--db", "no-address-db", "import", ledger.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        long before = count(product.work.resolve("letters"));
        Product.Result run = product.dunwise("--db", "no-address-db", "run", "--strategies", "strategies", "--as-of",
                DAY);
        // a run with failed actions exits 1; the letters are among them, with the reason in the run's table
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains("failed: no-address: customer "), run::toString);
        Product.Result history = product.dunwise("--db", "no-address-db", "history", "--as-of", DAY, "--format",
                "json");
        assertTrue(history.out().contains("no-address: customer "), history::toString);
        assertEquals(before, count(product.work.resolve("letters")), "no letter is printed without an address");
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static String textIn(PDDocument document, Rectangle2D region) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.setSortByPosition(true);
        area.addRegion("region", region);
        area.extractRegions(document.getPage(0));
        return area.getTextForRegion("region").strip().replace("\r\n", "\n");
    }
}
