package io.dunwise.model.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The values a template may insert with {@code {{name}}} (R13, R14, R29, R31). Handlers fill them in when they
 * perform an action, in the recipient's language (R31); the strategy validator rejects any other name.
 * Values inserted into an HTML body are escaped; {@code {{{name}}}} inserts the value as HTML (only
 * {@link #INVOICES_TABLE} is HTML).
 */
public enum Placeholder {
    CUSTOMER_ID("customer.id", "the customer's account id"),
    CUSTOMER_NAME("customer.name", "the customer's name"),
    CUSTOMER_BALANCE("customer.balance", "the customer's open balance, a sum per currency"),
    CONTACT_NAME("contact.name", "the name of the contact written to"),
    CONTACT_EMAIL("contact.email", "the email address of the contact written to"),
    INVOICE_ID("invoice.id", "the id of the leading invoice (or of the pre-dunning invoice)"),
    INVOICE_DATE("invoice.invoiceDate", "the invoice's date"),
    INVOICE_DUE_DATE("invoice.dueDate", "the invoice's due date"),
    INVOICE_AMOUNT("invoice.amount", "the invoice's amount"),
    INVOICE_OPEN_AMOUNT("invoice.openAmount", "the invoice's open amount"),
    INVOICE_CURRENCY("invoice.currency", "the invoice's currency"),
    INVOICE_DAYS_OVERDUE("invoice.daysOverdue", "days since the due date on the run date"),
    INVOICES_TABLE("invoices.table", "a table of the invoices the text lists: in an email or activity every open"
            + " invoice of the customer, in a letter the invoices the letter lists (its overdue ones)"),
    INVOICES_COUNT("invoices.count", "the number of invoices in {{invoices.table}}"),
    INVOICES_TOTAL("invoices.total", "what the text asks to be paid for the invoices of {{invoices.table}}: their"
            + " open amount; in a letter with its interest and fee, the letter's total to pay"),
    AGENT_NAME("agent.name", "the collections agent who owns the customer's pool"),
    AGENT_EMAIL("agent.email", "the agent's email address"),
    COMPANY_NAME("company.name", "the company name from the parameters"),
    RUN_DATE("run.date", "the date of the run"),
    LETTER_NUMBER("letter.number", "the collection letter's number (letters only)"),
    LETTER_LEVEL("letter.level", "the collection letter's level (letters only)"),
    LETTER_FEE("letter.fee", "the fee charged with the letter (letters only)"),
    LETTER_INTEREST("letter.interest", "the late-payment interest charged (letters only)");

    private final String key;
    private final String description;

    Placeholder(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name written between the braces, e.g. {@code invoice.dueDate}. */
    public String key() {
        return key;
    }

    /** One line for content assist and documentation. */
    public String description() {
        return description;
    }

    /** Whether this value exists only in letters (R15, R29). */
    public boolean lettersOnly() {
        return key.startsWith("letter.");
    }

    public static Optional<Placeholder> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
