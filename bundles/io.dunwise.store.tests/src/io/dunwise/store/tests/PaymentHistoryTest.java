package io.dunwise.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceOutcome;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The payment history that predictions learn from (R12, spec section 8), on each database: every invoice with the
 * date of the payment that settled its last part, by customer, invoice date and id, a page at a time.
 */
@ExtendWith(ServiceExtension.class)
class PaymentHistoryTest {

    private static final LocalDate DAY = Ledgers.DAY;

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @TempDir
    Path work;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static List<InvoiceOutcome> history(Ledger ledger, LocalDate asOf) {
        List<InvoiceOutcome> history = new ArrayList<>();
        ledger.paymentHistory().forEach(asOf, history::add);
        return history;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void r12EachInvoiceWithTheDateOfItsLastPayment(String kind) throws Exception {
        try (Ledger ledger = store.open(TestDatabases.fresh(kind, work))) {
            Ledgers.fill(ledger);
            // I3 settled by P1; I2 only partly paid, so open; the credit note CN1 is no invoice
            assertEquals(List.of(
                    outcome("I3", "C1", DAY.minusDays(90), DAY.minusDays(60), "99.99", "SEK", DAY.minusDays(55)),
                    outcome("I1", "C1", DAY.minusDays(30), DAY, "1200.50", "SEK", null),
                    outcome("I2", "C1", DAY.minusDays(20), DAY.plusDays(10), "300.00", "SEK", null),
                    outcome("I4", "C3", DAY.minusDays(40), DAY.minusDays(10), "0.0125", "EUR", null)),
                    history(ledger, DAY));
            assertEquals(List.of("I3", "I1", "I4"),
                    history(ledger, DAY.minusDays(21)).stream().map(InvoiceOutcome::invoiceId).toList(),
                    "invoices dated after the date are not history yet");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void r12SettledByItsLastPaymentAndClosedWithoutOneLeftOutPageAfterPage(String kind) throws Exception {
        try (Ledger ledger = store.open(TestDatabases.fresh(kind, work))) {
            List<InvoiceOutcome> expected = new ArrayList<>();
            try (LedgerLoad load = ledger.startOver()) {
                for (String customer : List.of("A", "B")) {
                    load.customer(new Customer(customer, customer, "CORP", "SE", "SEK", "sv", null, null, false,
                            Map.of()));
                }
                load.invoice(invoice("A-SPLIT", "A", DAY.minusDays(50), "100", "0"));
                load.payment(payment("P-1", "A", DAY.minusDays(30), "A-SPLIT", "60"));
                load.payment(payment("P-2", "A", DAY.minusDays(10), "A-SPLIT", "40"));
                expected.add(outcome("A-SPLIT", "A", DAY.minusDays(50), DAY.minusDays(20), "100.00", "SEK",
                        DAY.minusDays(10)));
                load.invoice(invoice("A-WRITTEN-OFF", "A", DAY.minusDays(50), "100", "0"));
                // more than a page of invoices, many on one date, so that paging turns on the id too
                for (int n = 0; n < 6_000; n++) {
                    String customer = n % 2 == 0 ? "A" : "B";
                    String id = String.format("%s-%05d", customer, n);
                    LocalDate dated = DAY.minusDays(n % 3);
                    load.invoice(invoice(id, customer, dated, "10", "10"));
                    expected.add(outcome(id, customer, dated, dated.plusDays(30), "10.00", "SEK", null));
                }
                load.commit();
            }
            expected.sort(Comparator.comparing(InvoiceOutcome::customerId).thenComparing(InvoiceOutcome::invoiceDate)
                    .thenComparing(InvoiceOutcome::invoiceId));
            assertEquals(expected, history(ledger, DAY));
        }
    }

    private static Invoice invoice(String id, String customer, LocalDate dated, String amount, String open) {
        return new Invoice(id, customer, dated, dated.plusDays(30), new Amount(new BigDecimal(amount), "SEK"),
                new Amount(new BigDecimal(open), "SEK"), InvoiceStatus.OPEN);
    }

    private static Payment payment(String id, String customer, LocalDate date, String invoice, String amount) {
        Amount paid = new Amount(new BigDecimal(amount), "SEK");
        return new Payment(id, customer, date, paid, "BANK", List.of(new Settlement(invoice, paid)));
    }

    private static InvoiceOutcome outcome(String id, String customer, LocalDate dated, LocalDate due, String amount,
            String currency, LocalDate settled) {
        return new InvoiceOutcome(id, customer, dated, due, Amount.of(amount, currency), Optional.ofNullable(settled));
    }
}
