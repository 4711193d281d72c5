package io.dunwise.actions.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The open items attached as a spreadsheet, written for the reader (R14, R31). */
class OpenItemsSheetTest {

    /**
     * The parts of an xlsx file (a zip of XML parts) by name, read through the zip's central directory as
     * spreadsheet programs read it (fastexcel streams its entries with data descriptors); characters that
     * fastexcel writes as references ({@code &#xd6;}) are decoded.
     */
    static Map<String, String> parts(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("open-items", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), characters(new String(zip.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8)));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    private static String characters(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml).replaceAll(reference -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(reference.group(1), 16))));
    }

    @Test
    void r31DatesAreShownTheReadersWayWithFourDigitYears() {
        assertEquals("yyyy-mm-dd", OpenItemsSheet.excelDateFormat(Locale.forLanguageTag("sv-SE")));
        assertEquals("dd/mm/yyyy", OpenItemsSheet.excelDateFormat(Locale.forLanguageTag("en-GB")));
        assertEquals("m/d/yyyy", OpenItemsSheet.excelDateFormat(Locale.forLanguageTag("en-US")));
        assertEquals("dd.mm.yyyy", OpenItemsSheet.excelDateFormat(Locale.forLanguageTag("de-DE")));
    }

    @Test
    void theFileNameIsSafe() {
        assertEquals("open-items-C000123.xlsx", OpenItemsSheet.fileName("C000123"));
        assertEquals("open-items-C_1_.._x.xlsx", OpenItemsSheet.fileName("C/1\\../x"));
    }

    @Test
    void r31OneRowPerOpenInvoiceHeadersInTheReadersLanguageAmountsAsNumbers() throws IOException {
        Invoice invoice = new Invoice("I1", "C1", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                Amount.of("1200.50", "SEK"), Amount.of("1000", "SEK"), InvoiceStatus.OPEN);
        Map<String, String> parts = parts(OpenItemsSheet.of(List.of(invoice), LocalDate.of(2026, 11, 23),
                Locale.forLanguageTag("sv-SE")));
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Öppna poster\""), parts.get("xl/workbook.xml"));
        String strings = parts.get("xl/sharedStrings.xml");
        for (String header : List.of("Faktura", "Fakturadatum", "Förfallodag", "Belopp", "Att betala", "Valuta",
                "Dagar försenad", "I1", "SEK")) {
            assertTrue(strings.contains(">" + header + "<"), header + " in " + strings);
        }
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<v>1200.50</v>") && sheet.contains("<v>1000</v>"), sheet);
        assertTrue(sheet.contains("<v>53</v>"), "days overdue on the run date: " + sheet);
        assertTrue(sheet.contains("<v>46296"), "the due date 2026-10-01 as a date serial: " + sheet);
        assertTrue(parts.get("xl/styles.xml").contains("formatCode=\"yyyy-mm-dd\""), parts.get("xl/styles.xml"));
    }
}
