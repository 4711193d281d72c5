package io.dunwise.actions.text;

import io.dunwise.actions.api.ActionRequest;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The values of a template's placeholders for one action, written for one reader (R13, R14, R29, R31): the
 * customer, the contact written to, the invoice acted on, the table, count and total of the invoices the text lists,
 * the agent, the company and the run date; for letters also the letter's number, level, fee and interest. Dates and
 * amounts are in the reader's locale. The names are those of {@code io.dunwise.model.vocabulary.Placeholder}.
 *
 * <p>{@code {{invoices.table}}}, {@code {{invoices.count}}} and {@code {{invoices.total}}} always describe the same
 * invoices, so that a text never asks for another sum than its table shows (issue 18 §4): by default every open
 * invoice of the customer (an email's and an activity's table), for a letter those it lists ({@link #listing}),
 * whose total is the total to pay with fee and interest. {@code {{customer.balance}}} stays every open invoice.
 */
public final class TemplateValues {

    private final ActionRequest request;
    private final LocalFormats formats;
    private final ResourceBundle words;
    private String recipientName = "";
    private String recipientEmail = "";
    private Map<String, Object> letter = Map.of();
    private List<Invoice> listed;
    /** What the reader is asked to pay for {@link #listed}, or null for their open amounts. */
    private List<Amount> toPay;

    private TemplateValues(ActionRequest request, Locale locale) {
        this.request = request;
        this.listed = request.openInvoices();
        this.formats = new LocalFormats(locale);
        this.words = words(locale);
    }

    /** Values for {@code request}, written in {@code locale}. */
    public static TemplateValues of(ActionRequest request, Locale locale) {
        return new TemplateValues(request, locale);
    }

    /** Whom the text is written to ({{contact.name}}, {{contact.email}}). */
    public TemplateValues to(String name, String email) {
        this.recipientName = name == null ? "" : name;
        this.recipientEmail = email == null ? "" : email;
        return this;
    }

    /** The letter's own values (R15, R29); fee and interest may be null when none is charged. */
    public TemplateValues letter(long number, int level, Amount fee, Amount interest) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", Long.toString(number));
        values.put("level", Integer.toString(level));
        values.put("fee", fee == null ? "" : formats.amount(fee));
        values.put("interest", interest == null ? "" : formats.amount(interest));
        this.letter = values;
        return this;
    }

    /**
     * The invoices the text lists, and what its reader is asked to pay for them, one amount per currency (a
     * letter's: open amounts, interest and fee, R15, R29): {@code {{invoices.table}}}, {@code {{invoices.count}}}
     * and {@code {{invoices.total}}} then describe these instead of every open invoice.
     */
    public TemplateValues listing(List<Invoice> invoices, List<Amount> totalToPay) {
        this.listed = List.copyOf(invoices);
        this.toPay = List.copyOf(totalToPay);
        return this;
    }

    public LocalFormats formats() {
        return formats;
    }

    /** The values for a plain text: the listed invoices as a text table. */
    public Map<String, Object> plain() {
        return values(InvoiceTable.text(listed, request.runDate(), formats, words));
    }

    /** The values for an HTML text: the listed invoices as an HTML table, every cell escaped. */
    public Map<String, Object> html() {
        return values(InvoiceTable.html(listed, request.runDate(), formats, words));
    }

    private Map<String, Object> values(String table) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("customer", Map.of(
                "id", request.customer().id(),
                "name", request.customer().name(),
                "balance", formats.total(openAmounts(request.openInvoices()))));
        values.put("contact", Map.of("name", recipientName, "email", recipientEmail));
        values.put("invoice", request.invoice().map(this::invoice).orElse(Map.of()));
        values.put("invoices", Map.of(
                "table", table,
                "count", Integer.toString(listed.size()),
                "total", formats.total(toPay != null ? toPay : openAmounts(listed))));
        values.put("agent", request.assignedAgent()
                .map(agent -> Map.<String, Object>of("name", agent.name(), "email", nonNull(agent.email())))
                .orElse(Map.of()));
        values.put("company", Map.of("name", request.company()));
        values.put("run", Map.of("date", formats.date(request.runDate())));
        values.put("letter", letter);
        return values;
    }

    private static List<Amount> openAmounts(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::openAmount).toList();
    }

    private Map<String, Object> invoice(Invoice invoice) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", invoice.id());
        values.put("invoiceDate", formats.date(invoice.invoiceDate()));
        values.put("dueDate", formats.date(invoice.dueDate()));
        values.put("amount", formats.amount(invoice.amount()));
        values.put("openAmount", formats.amount(invoice.openAmount()));
        values.put("currency", invoice.currency());
        values.put("daysOverdue", Long.toString(Math.max(0,
                ChronoUnit.DAYS.between(invoice.dueDate(), request.runDate()))));
        return values;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** The table's words in the reader's language, English when the language has none (not the JVM's language). */
    private static ResourceBundle words(Locale locale) {
        return ResourceBundle.getBundle("io.dunwise.actions.text.words", locale,
                TemplateValues.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
