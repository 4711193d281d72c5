package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 18 §2: a demo ledger plus one corporate customer with an invoice in EUR and one in SEK, added as an ERP
 * would deliver it — exported, the two rows written into the CSV files, imported again. Its EUR invoice leads (the
 * earlier due date, R7) and is small (40.00 EUR), its SEK one large (9000.00 SEK), so that the demo's
 * {@code exclude aged balance below 50} (CorporateDunning) tells a balance per currency from a sum.
 */
final class MixedCurrencyCustomer {

    static final String ID = "MIX";
    static final String EUR_INVOICE = "MIX-EUR";
    static final String SEK_INVOICE = "MIX-SEK";

    private MixedCurrencyCustomer() {
    }

    /** Adds the customer and its two invoices, due {@code eurDue} and {@code sekDue}, to the product's ledger. */
    static void addTo(Product product, String eurDue, String sekDue) throws IOException, InterruptedException {
        Product.Result export = product.dunwise("export", "mixed-export");
        assertEquals(0, export.exitCode(), export::toString);
        Path folder = product.work.resolve("mixed-export");
        append(folder.resolve("customers.csv"), Map.of("id", ID, "name", "Mixed Currencies AB", "group", "CORP",
                "country", "SE", "currency", "SEK", "language", "sv", "onHold", "false"));
        append(folder.resolve("invoices.csv"), Map.of("id", EUR_INVOICE, "customer", ID, "invoiceDate", "2026-10-01",
                "dueDate", eurDue, "amount", "40.00", "openAmount", "40.00", "currency", "EUR", "status", "open"));
        append(folder.resolve("invoices.csv"), Map.of("id", SEK_INVOICE, "customer", ID, "invoiceDate", "2026-10-10",
                "dueDate", sekDue, "amount", "9000.00", "openAmount", "9000.00", "currency", "SEK", "status", "open"));
        Product.Result imported = product.dunwise("import", "mixed-export");
        assertEquals(0, imported.exitCode(), imported::toString);
    }

    /** A row with the given columns, in the file's own column order (other columns empty). */
    private static void append(Path csv, Map<String, String> values) throws IOException {
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        List<String> cells = new ArrayList<>();
        for (String column : header.split(",")) {
            cells.add(values.getOrDefault(column.trim(), ""));
        }
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        String separator = content.endsWith("\n") ? "" : "\n";
        Files.writeString(csv, separator + String.join(",", cells) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }
}
