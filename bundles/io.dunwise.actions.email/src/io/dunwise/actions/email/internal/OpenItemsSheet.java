package io.dunwise.actions.email.internal;

import io.dunwise.ledger.api.Invoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The customer's open items as a spreadsheet (xlsx) to attach to an email, for the customer's accounts payable to
 * reconcile with (R14, R31): one row per open invoice, headers in the reader's language, dates as dates shown the
 * reader's way, amounts as numbers with their currency in a column of its own, and the days overdue on the run date.
 */
final class OpenItemsSheet {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] COLUMNS = {"invoice", "invoiceDate", "dueDate", "amount", "openAmount", "currency",
        "daysOverdue"};
    private static final double[] WIDTHS = {16, 14, 14, 14, 14, 10, 14};

    private OpenItemsSheet() {
    }

    /** The attachment's file name, e.g. {@code open-items-C000123.xlsx}. */
    static String fileName(String customerId) {
        return "open-items-" + customerId.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx";
    }

    static byte[] of(List<Invoice> openInvoices, LocalDate runDate, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle("io.dunwise.actions.email.internal.sheet", locale,
                OpenItemsSheet.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String dateFormat = excelDateFormat(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Dunwise", "1.0");
            Worksheet sheet = workbook.newWorksheet(words.getString("sheet"));
            for (int column = 0; column < COLUMNS.length; column++) {
                sheet.value(0, column, words.getString(COLUMNS[column]));
                sheet.style(0, column).bold().set();
                sheet.width(column, WIDTHS[column]);
            }
            sheet.freezePane(0, 1);
            int row = 1;
            for (Invoice invoice : openInvoices) {
                String amountFormat = amountFormat(invoice.currency());
                sheet.value(row, 0, invoice.id());
                date(sheet, row, 1, invoice.invoiceDate(), dateFormat);
                date(sheet, row, 2, invoice.dueDate(), dateFormat);
                amount(sheet, row, 3, invoice.amount().value(), amountFormat);
                amount(sheet, row, 4, invoice.openAmount().value(), amountFormat);
                sheet.value(row, 5, invoice.currency());
                sheet.value(row, 6, Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), runDate)));
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the open items cannot be written as a spreadsheet", e);
        }
        return bytes.toByteArray();
    }

    private static void date(Worksheet sheet, int row, int column, LocalDate date, String format) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(format).set();
        }
    }

    private static void amount(Worksheet sheet, int row, int column, BigDecimal value, String format) {
        // a scale below zero would be written in scientific notation
        sheet.value(row, column, value.scale() < 0 ? value.setScale(0) : value);
        sheet.style(row, column).format(format).set();
    }

    /** Thousands grouped and the currency's decimals; the reader's spreadsheet shows its own separators. */
    private static String amountFormat(String currency) {
        int digits;
        try {
            digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException notIso) {
            digits = 2;
        }
        return digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
    }

    /**
     * The locale's short date pattern as a spreadsheet number format ({@code y-MM-dd} → {@code yyyy-mm-dd},
     * {@code dd/MM/y} → {@code dd/mm/yyyy}), with four-digit years; ISO dates for a pattern it cannot translate.
     */
    static String excelDateFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        StringBuilder format = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char letter = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == letter) {
                run++;
            }
            switch (letter) {
                case 'y', 'u' -> format.append("yyyy");
                case 'M', 'L' -> format.append(run >= 2 ? "mm" : "m");
                case 'd' -> format.append(run >= 2 ? "dd" : "d");
                case '.', '/', '-', ' ' -> format.append(String.valueOf(letter).repeat(run));
                default -> {
                    return "yyyy-mm-dd";
                }
            }
            i += run;
        }
        return format.toString();
    }
}
