package io.dunwise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.ledger.api.Settlement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo ledger: reproducible row for row, and a ledger an import would accept, with every case it promises. */
class DemoLedgerTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    /** A load that keeps the rows in the order they come. */
    private static class Rows implements LedgerLoad {
        final List<Object> all = new ArrayList<>();
        final Map<String, Customer> customers = new HashMap<>();
        final Map<String, Invoice> invoices = new HashMap<>();
        final List<Payment> payments = new ArrayList<>();
        final List<Contact> contacts = new ArrayList<>();

        @Override
        public void customer(Customer customer) {
            all.add(customer);
            customers.put(customer.id(), customer);
        }

        @Override
        public void contact(Contact contact) {
            all.add(contact);
            assertNotNull(customers.get(contact.customerId()), "a contact comes after its customer");
            contacts.add(contact);
        }

        @Override
        public void salesRep(SalesRep rep) {
            all.add(rep);
        }

        @Override
        public void agent(Agent agent) {
            all.add(agent);
        }

        @Override
        public void invoice(Invoice invoice) {
            all.add(invoice);
            assertNotNull(customers.get(invoice.customerId()), "an invoice comes after its customer");
            invoices.put(invoice.id(), invoice);
        }

        @Override
        public void payment(Payment payment) {
            all.add(payment);
            payments.add(payment);
            for (Settlement settlement : payment.settlements()) {
                Invoice invoice = invoices.get(settlement.invoiceId());
                assertNotNull(invoice, "a payment comes after the invoices it settles");
                assertEquals(payment.customerId(), invoice.customerId());
                assertEquals(invoice.currency(), settlement.amount().currency());
                assertTrue(settlement.amount().compareTo(invoice.amount()) <= 0);
            }
        }

        @Override
        public void commit() {
        }

        @Override
        public void close() {
        }
    }

    private static Rows demo(int customers, long seed) {
        Rows rows = new Rows();
        long[] progress = {0};
        new DemoLedger(customers, seed, TODAY).writeTo(rows, written -> progress[0] = written);
        assertEquals(customers, progress[0], "progress reaches every customer");
        return rows;
    }

    @Test
    void moreOpenInvoicesOnRequestForTheEnginesBenchmark() {
        Rows rows = new Rows();
        new DemoLedger(2_000, 9, 3, TODAY).writeTo(rows, written -> { });
        Map<String, Integer> open = new HashMap<>();
        rows.invoices.values().stream().filter(Invoice::isOpen)
                .forEach(invoice -> open.merge(invoice.customerId(), 1, Integer::sum));
        double average = open.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertTrue(average > 4.5 && average < 5.5, "1 to 9 open invoices, 5 on average: " + average);
        assertTrue(open.values().stream().allMatch(count -> count <= 9));
    }

    @Test
    void theSameSeedGivesTheSameLedgerRowForRow() {
        assertEquals(demo(300, 7).all, demo(300, 7).all);
        assertNotEquals(demo(300, 7).all, demo(300, 8).all);
    }

    @Test
    void theDemoLedgerHasEveryCaseACollectionsDeskMeets() {
        Rows rows = demo(2_000, 1);
        assertEquals(2_000, rows.customers.size());
        List<Invoice> invoices = List.copyOf(rows.invoices.values());
        assertTrue(invoices.stream().anyMatch(invoice -> !invoice.isOpen() && !invoice.isCreditNote()), "settled");
        assertTrue(invoices.stream().anyMatch(Invoice::isCreditNote), "credit notes");
        assertTrue(invoices.stream().anyMatch(invoice -> invoice.isOpen()
                && invoice.openAmount().compareTo(invoice.amount()) < 0), "partly paid");
        assertTrue(invoices.stream().anyMatch(invoice -> invoice.status() == InvoiceStatus.DISPUTED), "disputes");
        assertTrue(invoices.stream().filter(invoice -> invoice.status() == InvoiceStatus.PROMISED)
                .allMatch(invoice -> invoice.promiseDate() != null && invoice.promisedAmount() != null), "promises");
        assertTrue(invoices.stream().anyMatch(invoice -> invoice.status() == InvoiceStatus.PROMISED));
        assertTrue(invoices.stream().anyMatch(invoice -> invoice.isChased() && invoice.dueDate().isBefore(TODAY)),
                "overdue invoices to chase");
        assertTrue(rows.payments.stream().anyMatch(payment -> payment.date().isAfter(
                rows.invoices.get(payment.settlements().get(0).invoiceId()).dueDate().plusDays(20))), "late payers");
        assertTrue(rows.customers.values().stream().anyMatch(Customer::onHold), "customers on hold");
        assertTrue(rows.contacts.stream().anyMatch(contact -> contact.hasPurpose("Collections")), "contact purposes");
        assertTrue(rows.customers.values().stream().map(Customer::country).distinct().count() >= 5, "countries");
        // R15, issue 18 §4: every demo customer can be sent a letter, some at a collections contact's address
        assertTrue(rows.customers.values().stream().allMatch(customer -> customer.address() != null
                && customer.address().missing().isEmpty()), "postal addresses");
        assertTrue(rows.contacts.stream().anyMatch(contact -> contact.hasPurpose("Collections")
                && contact.address() != null), "a collections contact's own address");
    }

    @Test
    void r12EveryCustomerHasMonthsOfSettledHistoryPaidLateByChanceAndByAmount() {
        Rows rows = demo(1_000, 1);
        Map<String, List<Invoice>> history = new HashMap<>();
        rows.invoices.values().stream().filter(invoice -> invoice.id().contains("-H"))
                .forEach(invoice -> history.computeIfAbsent(invoice.customerId(), id -> new ArrayList<>()).add(invoice));
        assertEquals(rows.customers.keySet(), history.keySet(), "every customer has an older history");
        history.values().forEach(invoices -> {
            LocalDate first = invoices.stream().map(Invoice::invoiceDate).min(LocalDate::compareTo).orElseThrow();
            assertTrue(first.isAfter(TODAY.minusMonths(23)) && first.isBefore(TODAY.minusMonths(9)),
                    "6 to 18 months, ending 4 months ago: " + first);
            assertTrue(invoices.stream().noneMatch(Invoice::isOpen), "settled");
        });
        Map<String, LocalDate> settled = new HashMap<>();
        rows.payments.forEach(payment -> payment.settlements().forEach(settlement -> settled.merge(
                settlement.invoiceId(), payment.date(), (a, b) -> a.isAfter(b) ? a : b)));
        List<Invoice> all = history.values().stream().flatMap(List::stream).toList();
        double late = all.stream().filter(invoice -> settled.get(invoice.id()).isAfter(invoice.dueDate())).count()
                / (double) all.size();
        assertTrue(late > 0.25 && late < 0.75, "paid late now and then: " + late);
        // most customers pay some invoices late and some on time
        long mixed = history.values().stream().filter(invoices -> invoices.stream()
                .map(invoice -> settled.get(invoice.id()).isAfter(invoice.dueDate())).distinct().count() == 2).count();
        assertTrue(mixed > history.size() / 2, "habits are not certainties: " + mixed + " of " + history.size());
    }

    @Test
    void idsWidenForLargeLedgers() {
        List<String> first = new ArrayList<>();
        Rows firstCustomerOnly = new Rows() {
            @Override
            public void customer(Customer customer) {
                first.add(customer.id());
                throw new StopDemo();
            }
        };
        assertThrows(StopDemo.class, () -> new DemoLedger(1_234_567, 1, TODAY).writeTo(firstCustomerOnly, n -> { }));
        assertEquals(List.of("C0000001"), first, "seven digits for a million customers and more");
    }

    /** Ends a demo after its first customer. */
    private static final class StopDemo extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
