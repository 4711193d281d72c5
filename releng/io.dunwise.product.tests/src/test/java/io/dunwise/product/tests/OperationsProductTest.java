package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collections operations (R21–R25) through the headless product on the demo ledger: each verb posts its entry
 * and prints it, and bad input ends with exit code 2 and changes nothing.
 */
class OperationsProductTest {

    private static final String ON = "2026-11-22";
    private static Product product;

    @BeforeAll
    static void demoLedger() throws Exception {
        product = Product.unpack("dunwise", "operations");
        Product.Result demo = product.dunwise("demo", "--customers", "60", "--seed", "7", "--as-of", ON);
        assertEquals(0, demo.exitCode(), demo::toString);
    }

    /** A row of the exported invoices.csv: id,customer,invoiceDate,dueDate,amount,openAmount,currency,status. */
    private record InvoiceRow(String id, String customer, BigDecimal amount, BigDecimal open, String currency,
            String status) {

        boolean chased() {
            return open.signum() > 0 && amount.signum() > 0 && status.equals("open");
        }

        /** Whether the customer has a payment on account (every 7th of the demo: C000007, C000014, …). */
        boolean onAccount() {
            return number() % 7 == 0;
        }

        int number() {
            return Integer.parseInt(customer.substring(1));
        }
    }

    private static Map<String, InvoiceRow> invoices(String folder) throws Exception {
        Product.Result export = product.dunwise("export", folder);
        assertEquals(0, export.exitCode(), export::toString);
        return Files.readAllLines(product.work.resolve(folder).resolve("invoices.csv")).stream().skip(1)
                .map(line -> line.split(",", -1))
                .map(f -> new InvoiceRow(f[0], f[1], new BigDecimal(f[4]), new BigDecimal(f[5]), f[6], f[7]))
                .collect(Collectors.toMap(InvoiceRow::id, row -> row));
    }

    private static InvoiceRow first(Map<String, InvoiceRow> invoices, Predicate<InvoiceRow> which) {
        return invoices.values().stream().filter(which).sorted(java.util.Comparator.comparing(InvoiceRow::id))
                .findFirst().orElseThrow();
    }

    private static JsonObject json(Product.Result result) {
        assertEquals(0, result.exitCode(), result::toString);
        return JsonParser.parseString(result.out()).getAsJsonObject();
    }

    @Test
    void r21APaymentOnAccountSettlesAnInvoiceOfItsCustomer() throws Exception {
        // every 7th demo customer has a payment on account of 100.00 (PA-<customer>)
        InvoiceRow invoice = first(invoices("before-settle"), row -> row.chased() && row.onAccount()
                && row.open().compareTo(BigDecimal.TEN) > 0);
        Product.Result settled = product.dunwise("settle", "--payment", "PA-" + invoice.customer(), "--invoice",
                invoice.id() + "=10.00", "--on", ON, "--format", "json");
        JsonObject report = json(settled);
        assertEquals("SETTLE", report.getAsJsonObject("entry").get("journal").getAsString());
        JsonObject after = report.getAsJsonArray("invoices").get(0).getAsJsonObject();
        assertEquals(0, invoice.open().subtract(BigDecimal.TEN).compareTo(after.get("open").getAsBigDecimal()),
                settled::toString);
        assertEquals(0, invoice.open().subtract(BigDecimal.TEN).compareTo(
                invoices("after-settle").get(invoice.id()).open()));
        Product.Result table = product.dunwise("journal", "--journal", "SETTLE");
        assertEquals(0, table.exitCode(), table::toString);
        assertTrue(table.out().contains(invoice.id()), table::toString);
    }

    @Test
    void r22AWriteOffTakesTheParametersReasonAndRefusesTheSameInvoiceAgain() throws Exception {
        InvoiceRow invoice = first(invoices("before-writeoff"), row -> row.chased() && !row.onAccount()
                && row.number() <= 10);
        Product.Result written = product.dunwise("writeoff", "--invoice", invoice.id(), "--strategies", "strategies",
                "--on", ON, "--format", "json");
        JsonObject entry = json(written).getAsJsonObject("entry");
        assertEquals("WRITEOFF", entry.get("journal").getAsString());
        assertEquals("UNCOLLECTIBLE", entry.get("reason").getAsString(), "R25: the demo's parameters name it");
        assertEquals(0, invoices("after-writeoff").get(invoice.id()).open().signum());

        Product.Result again = product.dunwise("writeoff", "--invoice", invoice.id(), "--on", ON);
        assertEquals(2, again.exitCode(), again::toString);
        assertEquals("dunwise: invoice " + invoice.id() + " is settled: nothing to write off\n", again.err());
    }

    @Test
    void r23AReturnedPaymentReopensWhatItSettledOnce() throws Exception {
        // a partial payment of an open invoice: P<invoice id>
        Map<String, InvoiceRow> before = invoices("before-nsf");
        InvoiceRow invoice = first(before, row -> row.chased() && row.open().compareTo(row.amount()) < 0
                && !row.onAccount() && row.number() > 10);
        Product.Result returned = product.dunwise("nsf", "--payment", "P" + invoice.id(), "--on", ON, "--format",
                "json");
        JsonObject report = json(returned);
        assertEquals("NSF", report.getAsJsonObject("entry").get("journal").getAsString());
        assertEquals(0, invoices("after-nsf").get(invoice.id()).open().compareTo(invoice.amount()),
                "R23: the invoice is open for its whole amount again");

        Product.Result twice = product.dunwise("nsf", "--payment", "P" + invoice.id(), "--on", ON);
        assertEquals(2, twice.exitCode(), twice::toString);
        assertEquals("dunwise: payment P" + invoice.id() + " was returned on " + ON + " already\n", twice.err());
        Product.Result unknown = product.dunwise("nsf", "--payment", "NOPE", "--on", ON);
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals("dunwise: no payment NOPE\n", unknown.err());
    }

    @Test
    void r24ACaseIsOpenedChangedAndListed() throws Exception {
        InvoiceRow invoice = first(invoices("before-case"), row -> row.customer().equals("C000005"));
        Product.Result opened = product.dunwise("case", "open", "--customer", "C000005", "--category", "dispute",
                "--owner", "ANNA", "--invoice", invoice.id(), "--on", ON, "--format", "json");
        assertEquals(0, opened.exitCode(), opened::toString);
        JsonArray cases = JsonParser.parseString(opened.out()).getAsJsonArray();
        String id = cases.get(0).getAsJsonObject().get("id").getAsString();
        Product.Result status = product.dunwise("case", "status", "--case", id, "--status", "escalated");
        assertEquals(0, status.exitCode(), status::toString);
        assertTrue(status.out().contains("escalated"), status::toString);
        Product.Result nobody = product.dunwise("case", "owner", "--case", id, "--owner", "NOBODY");
        assertEquals(2, nobody.exitCode(), nobody::toString);
        assertEquals("dunwise: no agent NOBODY to own the case\n", nobody.err());
        Product.Result list = product.dunwise("case", "list", "--customer", "C000005");
        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.out().lines().anyMatch(line -> line.matches(id + " +C000005 +dispute +escalated +ANNA .*")),
                list::toString);
    }

    @Test
    void badInputEndsWithExitCode2AndChangesNothing() throws Exception {
        Map<String, InvoiceRow> before = invoices("before-bad");
        InvoiceRow invoice = first(before, row -> row.chased() && row.onAccount());
        String journalBefore = product.dunwise("journal", "--format", "json").out();

        Product.Result tooMuch = product.dunwise("settle", "--payment", "PA-" + invoice.customer(), "--invoice",
                invoice.id() + "=100.01", "--on", ON);
        assertEquals(2, tooMuch.exitCode(), tooMuch::toString);
        assertTrue(tooMuch.err().startsWith("dunwise: "), tooMuch::toString);

        Product.Result currency = product.dunwise("settle", "--payment", "PA-" + invoice.customer(), "--invoice",
                invoice.id() + "=1.00" + (invoice.currency().equals("USD") ? "EUR" : "USD"), "--on", ON);
        assertEquals(2, currency.exitCode(), currency::toString);
        assertTrue(currency.err().contains("the invoice is in " + invoice.currency()), currency::toString);

        Product.Result unparsable = product.dunwise("settle", "--payment", "PA-" + invoice.customer(), "--invoice",
                invoice.id() + "=ten", "--on", ON);
        assertEquals(2, unparsable.exitCode(), unparsable::toString);

        Product.Result other = product.dunwise("writeoff", "--invoice", invoice.id(), "--invoice", "NOPE", "--on", ON);
        assertEquals(2, other.exitCode(), other::toString);
        assertEquals("dunwise: no invoice NOPE\n", other.err());

        assertEquals(before, invoices("after-bad"), "no invoice changed");
        assertEquals(journalBefore, product.dunwise("journal", "--format", "json").out(), "nothing posted");
    }
}
