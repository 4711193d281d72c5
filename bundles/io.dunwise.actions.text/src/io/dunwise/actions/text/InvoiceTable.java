package io.dunwise.actions.text;

import io.dunwise.ledger.api.Invoice;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The {{invoices.table}} of a template: the invoices the text lists, as HTML or as plain text (R14, R15). */
final class InvoiceTable {

    private static final String[] COLUMNS = {"invoice", "invoiceDate", "dueDate", "amount", "openAmount",
        "daysOverdue"};

    private InvoiceTable() {
    }

    /** The HTML table, every value escaped by Mustache like any other placeholder. */
    private static final String HTML = "<table style=\"border-collapse:collapse\"><thead><tr>"
            + "{{#header}}<th style=\"text-align:{{align}};padding:2px 8px;border-bottom:1px solid #888\">{{text}}</th>"
            + "{{/header}}</tr></thead><tbody>{{#rows}}<tr>{{#cells}}"
            + "<td style=\"text-align:{{align}};padding:2px 8px\">{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody></table>";

    static String html(List<Invoice> invoices, LocalDate runDate, LocalFormats formats, ResourceBundle words) {
        List<Map<String, String>> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(Map.of("align", align(column), "text", words.getString(column)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Invoice invoice : invoices) {
            List<String> values = cells(invoice, runDate, formats);
            List<Map<String, String>> cells = new ArrayList<>();
            for (int i = 0; i < COLUMNS.length; i++) {
                cells.add(Map.of("align", align(COLUMNS[i]), "text", values.get(i)));
            }
            rows.add(Map.of("cells", cells));
        }
        return TemplateText.html(HTML, Map.of("header", header, "rows", rows));
    }

    static String text(List<Invoice> invoices, LocalDate runDate, LocalFormats formats, ResourceBundle words) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(words.getString(column));
        }
        rows.add(header);
        invoices.forEach(invoice -> rows.add(cells(invoice, runDate, formats)));
        int[] widths = new int[COLUMNS.length];
        rows.forEach(row -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                text.append(i == 0 ? "" : "  ").append(align(COLUMNS[i]).equals("right") ? pad + cell : cell + pad);
            }
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** One invoice's cells, in the order of {@link #COLUMNS}. */
    static List<String> cells(Invoice invoice, LocalDate runDate, LocalFormats formats) {
        return List.of(invoice.id(), formats.date(invoice.invoiceDate()), formats.date(invoice.dueDate()),
                formats.amount(invoice.amount()), formats.amount(invoice.openAmount()),
                Long.toString(Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), runDate))));
    }

    private static String align(String column) {
        return column.equals("invoice") || column.endsWith("Date") ? "left" : "right";
    }
}
