package io.dunwise.ledger.csv.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.PostalAddress;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.ledger.csv.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a ledger's imported records as the ledger files, in the format the import reads; text that a spreadsheet
 * would run as a formula is neutralised ({@link SpreadsheetText}), and the import restores it. Each file is written
 * beside its target and moved into place when complete, so an export that fails leaves no half-written file.
 */
final class LedgerExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    /** The columns whose text is a number: {@code -12.50} stays a number, the only text a spreadsheet may compute. */
    private static final Set<String> NUMBERS = Set.of("creditLimit", "amount", "openAmount", "promisedAmount");

    private final Ledger ledger;
    private final Path folder;
    private final Progress progress;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    LedgerExport(Ledger ledger, Path folder, Progress progress) {
        this.ledger = ledger;
        this.folder = folder;
        this.progress = progress;
    }

    Map<String, Long> run() {
        long customerCount = ledger.customers().count();
        write("customers.csv", with(LedgerImport.CUSTOMER_COLUMNS, LedgerImport.CUSTOMER_EXTRA), customerCount, rows -> ledger.customers().forEach(
                customer -> rows.accept(customerRow(customer))));
        write("contacts.csv", with(LedgerImport.CONTACT_COLUMNS, LedgerImport.CONTACT_EXTRA), 0,
                rows -> ledger.customers().forEachContact(contact -> rows.accept(contactRow(contact))));
        write("salesreps.csv", LedgerImport.REP_COLUMNS, 0,
                rows -> ledger.organisation().salesReps().forEach(rep -> rows.accept(repRow(rep))));
        write("agents.csv", LedgerImport.AGENT_COLUMNS, 0, rows -> ledger.organisation().agents().forEach(
                agent -> rows.accept(new Object[] {agent.id(), agent.name(), agent.email(), agent.team()})));
        write("invoices.csv", with(LedgerImport.INVOICE_COLUMNS, LedgerImport.INVOICE_EXTRA),
                ledger.invoices().count(), rows -> ledger.invoices().forEach(invoice -> rows.accept(invoiceRow(invoice))));
        write("payments.csv", LedgerImport.PAYMENT_COLUMNS, ledger.payments().count(),
                rows -> ledger.payments().forEach(payment -> rows.accept(paymentRow(payment))));
        return counts;
    }

    private void write(String file, List<String> header, long expected, Consumer<Consumer<Object[]>> source) {
        Path target = folder.resolve(file);
        Path partial = folder.resolve(file + ".partial");
        long[] written = {0};
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            source.accept(values -> {
                try {
                    printer.printRecord(forSpreadsheets(header, values));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++written[0] % 10_000 == 0) {
                    progress.advance(file, written[0], expected);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial, e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + partial + " to " + target, e);
        }
        progress.advance(file, written[0], written[0]);
        counts.put(file, written[0]);
    }

    /**
     * Every text of a row but its numbers neutralised for spreadsheets (issue 18 §3b): ids, names, emails, lists,
     * and any text column a later version adds, unless it is named in {@link #NUMBERS}. Dates and flags are no text.
     */
    private static Object[] forSpreadsheets(List<String> header, Object[] values) {
        Object[] cells = values.clone();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof String text && !NUMBERS.contains(header.get(i))) {
                cells[i] = SpreadsheetText.neutralised(text);
            }
        }
        return cells;
    }

    private static Object[] customerRow(Customer customer) {
        String attributes = new TreeMap<>(customer.attributes()).entrySet().stream()
                .map(attribute -> attribute.getKey() + "=" + attribute.getValue()).collect(Collectors.joining(";"));
        PostalAddress address = customer.address();
        return new Object[] {customer.id(), customer.name(), customer.group(), customer.country(),
            customer.currency(), customer.language(), plain(customer.creditLimit()), customer.salesGroup(),
            customer.onHold(), attributes, address == null ? null : address.street(),
            address == null ? null : address.postalCode(), address == null ? null : address.city(),
            address == null ? null : address.countryName()};
    }

    private static Object[] contactRow(Contact contact) {
        PostalAddress address = contact.address();
        return new Object[] {contact.customerId(), contact.name(), contact.email(), contact.language(),
            String.join(";", contact.purposes()), contact.primary(), contact.collectionsContact(), contact.bounced(),
            address == null ? null : address.street(), address == null ? null : address.postalCode(),
            address == null ? null : address.city(), address == null ? null : address.countryName()};
    }

    private static Object[] repRow(SalesRep rep) {
        return new Object[] {rep.salesGroup(), rep.name(), rep.email(), rep.contact(), rep.primary()};
    }

    private static Object[] invoiceRow(Invoice invoice) {
        return new Object[] {invoice.id(), invoice.customerId(), invoice.invoiceDate(), invoice.dueDate(),
            plain(invoice.amount()), plain(invoice.openAmount()), invoice.currency(), invoice.status().label(),
            invoice.promiseDate(), plain(invoice.promisedAmount())};
    }

    private static Object[] paymentRow(Payment payment) {
        String settles = payment.settlements().stream()
                .map(settlement -> settlement.invoiceId() + ":" + plain(settlement.amount()))
                .collect(Collectors.joining(";"));
        return new Object[] {payment.id(), payment.customerId(), payment.date(), plain(payment.amount()),
            payment.amount().currency(), payment.bankAccount(), settles};
    }

    private static String plain(Amount amount) {
        return amount == null ? null : amount.value().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static List<String> with(List<String> columns, List<String> extra) {
        List<String> all = new ArrayList<>(columns);
        all.addAll(extra);
        return all;
    }
}
