package io.dunwise.ledger.csv.internal;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.PostalAddress;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.ledger.api.Settlement;
import io.dunwise.ledger.csv.Progress;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One import of a folder of ledger files into a load. Every row is checked — its values, its id against the
 * ids before it, its references against the files read before — and written to the load only while no problem
 * has been found; after the first problem the rest is still checked, so that one import reports them all.
 */
final class LedgerImport {

    static final List<String> CUSTOMER_COLUMNS = List.of("id", "name", "group", "country", "currency", "language",
            "creditLimit", "salesGroup", "onHold", "attributes");
    /** A postal address (R15), optional on customers and contacts: files written before it still import. */
    static final List<String> ADDRESS_COLUMNS = List.of("street", "postalCode", "city", "countryName");
    static final List<String> CUSTOMER_EXTRA = ADDRESS_COLUMNS;
    static final List<String> CONTACT_COLUMNS = List.of("customer", "name", "email", "language", "purposes",
            "primary", "collectionsContact");
    static final List<String> CONTACT_EXTRA = List.of("bounced", "street", "postalCode", "city", "countryName");
    static final List<String> REP_COLUMNS = List.of("salesGroup", "name", "email", "contact", "primary");
    static final List<String> AGENT_COLUMNS = List.of("id", "name", "email", "team");
    static final List<String> INVOICE_COLUMNS = List.of("id", "customer", "invoiceDate", "dueDate", "amount",
            "openAmount", "currency", "status");
    static final List<String> INVOICE_EXTRA = List.of("promiseDate", "promisedAmount");
    static final List<String> PAYMENT_COLUMNS = List.of("id", "customer", "date", "amount", "currency",
            "bankAccount", "settles");

    /**
     * Ids are written in lists ({@code ;}) and settlements ({@code :}), so they may contain neither; they are shown
     * in tables and messages, so no control character either.
     */
    private static final Pattern ID = Pattern.compile("[^;:=\\s\\p{Cntrl}]{1," + ColumnWidths.ID + "}");

    /**
     * What a payment needs to know of an invoice it settles, and the line it is on (for duplicates): one small
     * object per invoice, the largest part of an import's memory.
     */
    private record InvoiceRef(String customerId, String currency, long line) {
    }

    private final Path folder;
    private final LedgerLoad load;
    private final Progress progress;
    private final Problems problems = new Problems();
    private final Map<String, Long> customers = new HashMap<>();
    private final Map<String, Integer> contactsPerCustomer = new HashMap<>();
    private final Map<String, Integer> repsPerGroup = new HashMap<>();
    private final Map<String, Long> agents = new HashMap<>();
    private final Map<String, InvoiceRef> invoices = new HashMap<>();
    private final Map<String, Long> payments = new HashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    /** Files that could not be read to their end: references to their ids are not checked (nor reported). */
    private final Set<String> unreadable = new HashSet<>();

    LedgerImport(Path folder, LedgerLoad load, Progress progress) {
        this.folder = folder;
        this.load = load;
        this.progress = progress;
    }

    Problems problems() {
        return problems;
    }

    Map<String, Long> counts() {
        return counts;
    }

    void run() {
        if (!Files.exists(folder.resolve("customers.csv"))) {
            problems.add("customers.csv", 0, "no such file in " + folder + "; a ledger needs its customers");
            return;
        }
        read("customers.csv", CUSTOMER_COLUMNS, CUSTOMER_EXTRA, this::customer);
        read("contacts.csv", CONTACT_COLUMNS, CONTACT_EXTRA, this::contact);
        read("salesreps.csv", REP_COLUMNS, List.of(), this::salesRep);
        read("agents.csv", AGENT_COLUMNS, List.of(), this::agent);
        read("invoices.csv", INVOICE_COLUMNS, INVOICE_EXTRA, this::invoice);
        read("payments.csv", PAYMENT_COLUMNS, List.of(), this::payment);
    }

    private void read(String file, List<String> required, List<String> optional,
            Consumer<CsvRow> rows) {
        Path path = folder.resolve(file);
        counts.put(file, 0L);
        if (!Files.exists(path)) {
            return;
        }
        boolean complete = new CsvFileReader(path, problems).read(required, optional, progress, row -> {
            rows.accept(row);
            counts.merge(file, 1L, Long::sum);
        });
        if (!complete) {
            unreadable.add(file);
        }
    }

    private void customer(CsvRow row) {
        String id = id(row, "id", customers, "customer");
        String name = row.required("name");
        String currency = row.currency("currency");
        BigDecimal creditLimit = row.decimal("creditLimit", false);
        if (creditLimit != null && creditLimit.signum() < 0) {
            row.problem("creditLimit " + creditLimit.toPlainString() + " is negative");
        }
        boolean onHold = row.flag("onHold");
        Map<String, String> attributes = row.pairs("attributes", "=");
        PostalAddress address = address(row);
        if (write(row)) {
            load.customer(new Customer(id, name, row.optional("group"), row.optional("country"), currency,
                    row.optional("language"), creditLimit, row.optional("salesGroup"), onHold, attributes)
                    .withAddress(address));
        }
    }

    private void contact(CsvRow row) {
        String customer = customerOf(row);
        String name = row.required("name");
        String email = email(row);
        boolean primary = row.flag("primary");
        boolean collections = row.flag("collectionsContact");
        boolean bounced = row.flag("bounced");
        PostalAddress address = address(row);
        if (write(row)) {
            int position = contactsPerCustomer.merge(customer, 1, Integer::sum);
            load.contact(new Contact(customer, position, name, email, row.optional("language"),
                    row.list("purposes"), primary, collections, bounced, address));
        }
    }

    /**
     * The row's postal address, or null when it has none; the street may hold several lines (R15). Its widths are
     * checked with the row's other texts ({@link CsvRow#checkTexts}).
     */
    private static PostalAddress address(CsvRow row) {
        return PostalAddress.of(row.optional("street"), row.optional("postalCode"), row.optional("city"),
                row.optional("countryName"));
    }

    private void salesRep(CsvRow row) {
        String group = row.required("salesGroup");
        String name = row.required("name");
        String email = email(row);
        boolean contact = row.flag("contact");
        boolean primary = row.flag("primary");
        if (write(row)) {
            int position = repsPerGroup.merge(group, 1, Integer::sum);
            load.salesRep(new SalesRep(group, position, name, email, contact, primary));
        }
    }

    private void agent(CsvRow row) {
        String id = id(row, "id", agents, "agent");
        String name = row.required("name");
        String email = email(row);
        String team = row.required("team");
        if (write(row)) {
            load.agent(new Agent(id, name, email, team));
        }
    }

    private void invoice(CsvRow row) {
        String id = invoiceId(row);
        String customer = customerOf(row);
        LocalDate invoiceDate = row.date("invoiceDate", true);
        LocalDate dueDate = row.date("dueDate", true);
        String currency = row.currency("currency");
        Amount amount = row.amount("amount", currency, true);
        Amount open = row.amount("openAmount", currency, true);
        InvoiceStatus status = status(row);
        LocalDate promiseDate = row.date("promiseDate", false);
        Amount promised = row.amount("promisedAmount", currency, false);
        if (invoiceDate != null && dueDate != null && dueDate.isBefore(invoiceDate)) {
            row.problem("dueDate " + dueDate + " is before invoiceDate " + invoiceDate);
        }
        if (amount != null && open != null) {
            checkOpenAmount(row, amount.value(), open.value());
        }
        if (status == InvoiceStatus.PROMISED && (promiseDate == null || promised == null)) {
            row.problem("a promised invoice needs promiseDate and promisedAmount (R26)");
        } else if (status != InvoiceStatus.PROMISED && (promiseDate != null || promised != null)) {
            row.problem("promiseDate and promisedAmount belong to promised invoices only, not "
                    + (status == null ? "this one" : status.label()) + " ones");
        }
        if (id != null && customer != null && currency != null) {
            invoices.putIfAbsent(id, new InvoiceRef(customer, currency, row.line()));
        }
        if (write(row)) {
            load.invoice(new Invoice(id, customer, invoiceDate, dueDate, amount, open, status, promiseDate, promised));
        }
    }

    private static void checkOpenAmount(CsvRow row, BigDecimal amount, BigDecimal open) {
        if (amount.signum() == 0) {
            row.problem("amount is 0: an invoice has a positive amount, a credit note a negative one");
        } else if (amount.signum() > 0 && (open.signum() < 0 || open.compareTo(amount) > 0)) {
            row.problem("openAmount " + open.toPlainString() + " is not between 0 and the amount "
                    + amount.toPlainString());
        } else if (amount.signum() < 0 && (open.signum() > 0 || open.compareTo(amount) < 0)) {
            row.problem("openAmount " + open.toPlainString() + " of a credit note is not between the amount "
                    + amount.toPlainString() + " and 0");
        }
    }

    private static InvoiceStatus status(CsvRow row) {
        String text = row.optional("status");
        if (text == null) {
            return InvoiceStatus.OPEN;
        }
        InvoiceStatus status = InvoiceStatus.ofLabel(text).orElse(null);
        if (status == null) {
            row.problem("status " + CsvRow.shown(text) + " is not open, disputed or promised");
        }
        return status;
    }

    private void payment(CsvRow row) {
        String id = id(row, "id", payments, "payment");
        String customer = customerOf(row);
        LocalDate date = row.date("date", true);
        String currency = row.currency("currency");
        Amount amount = row.amount("amount", currency, true);
        if (amount != null && !amount.isPositive()) {
            row.problem("amount " + amount.value().toPlainString() + " of a payment is not positive");
        }
        List<Settlement> settlements = new ArrayList<>();
        BigDecimal settled = BigDecimal.ZERO;
        for (Map.Entry<String, String> settles : row.pairs("settles", ":").entrySet()) {
            Settlement settlement = settlement(row, customer, currency, settles.getKey(), settles.getValue());
            if (settlement != null) {
                settlements.add(settlement);
                settled = settled.add(settlement.amount().value());
            }
        }
        if (amount != null && amount.isPositive() && settled.compareTo(amount.value()) > 0) {
            row.problem("settles " + settled.toPlainString() + ", more than the payment's "
                    + amount.value().toPlainString());
        }
        if (write(row)) {
            load.payment(new Payment(id, customer, date, amount, row.optional("bankAccount"), settlements));
        }
    }

    private Settlement settlement(CsvRow row, String customer, String currency, String invoiceId, String text) {
        InvoiceRef invoice = invoices.get(invoiceId);
        BigDecimal value = row.decimalOf("settled amount of " + invoiceId, text);
        if (invoice == null) {
            if (!unreadable.contains("invoices.csv")) {
                row.problem("settles unknown invoice " + invoiceId);
            }
            return null;
        }
        if (customer != null && !invoice.customerId().equals(customer)) {
            row.problem("settles invoice " + invoiceId + " of another customer (" + invoice.customerId() + ")");
        }
        if (currency != null && !invoice.currency().equals(currency)) {
            row.problem("settles invoice " + invoiceId + " in " + invoice.currency() + " with a payment in "
                    + currency);
        }
        if (value == null || currency == null) {
            return null;
        }
        if (value.signum() <= 0) {
            row.problem("settled amount of " + invoiceId + " " + CsvRow.shown(text) + " is not positive");
            return null;
        }
        return new Settlement(invoiceId, new Amount(value, currency));
    }

    private static String id(CsvRow row, String column, Map<String, Long> seen, String kind) {
        String id = wellFormedId(row, column);
        Long first = id == null ? null : seen.putIfAbsent(id, row.line());
        if (first != null) {
            row.problem("duplicate " + kind + " id " + id + " (first on line " + first + ")");
        }
        return id;
    }

    /** An invoice's id, checked against the invoices before it without a second map of millions of ids. */
    private String invoiceId(CsvRow row) {
        String id = wellFormedId(row, "id");
        InvoiceRef first = id == null ? null : invoices.get(id);
        if (first != null) {
            row.problem("duplicate invoice id " + id + " (first on line " + first.line() + ")");
        }
        return id;
    }

    /** The id in a column, or null (and a problem) when it is empty or not usable as an id. */
    private static String wellFormedId(CsvRow row, String column) {
        String id = row.required(column);
        if (id != null && !ID.matcher(id).matches()) {
            row.problem(column + " " + CsvRow.shown(id)
                    + " is not a valid id (at most 64 characters, no spaces, control characters, ; : or =)");
            return null;
        }
        return id;
    }

    /** The customer a row refers to, which customers.csv must hold (unless it could not be read). */
    private String customerOf(CsvRow row) {
        String id = row.required("customer");
        if (id != null && !customers.containsKey(id) && !unreadable.contains("customers.csv")) {
            row.problem("unknown customer " + id);
        }
        return id;
    }

    private static String email(CsvRow row) {
        String email = row.optional("email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            row.problem("email " + CsvRow.shown(email) + " is not an email address");
        }
        return email;
    }

    /** Whether to write a row: it is good, and so was everything before it. */
    private boolean write(CsvRow row) {
        return !row.isBad() && !problems.any();
    }
}
