package io.dunwise.pools.internal;

import static io.dunwise.ledger.api.CustomerFilter.attributeIn;
import static io.dunwise.ledger.api.CustomerFilter.compare;
import static io.dunwise.ledger.api.CustomerFilter.not;
import static io.dunwise.ledger.api.CustomerFilter.textIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.CustomerFilter;
import io.dunwise.ledger.api.CustomerFilter.Comparison;
import io.dunwise.ledger.api.CustomerFilter.Measure;
import io.dunwise.ledger.api.CustomerFilter.TextField;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R1: a customer filter evaluated in memory, as {@code CustomerFilter} defines it — above all for customers that lack
 * a value, where the store's query must give the same answer.
 */
class CustomerFactsTest {

    private static final LocalDate RUN = LocalDate.parse("2026-10-01");
    /** No group, country, credit limit or attributes. */
    private static final Customer BARE = new Customer("c9", "Bare", null, null, "EUR", null, null, null, false,
            Map.of());

    private static Customer withCreditLimit(String limit) {
        return new Customer("C1", "Limited", "Corp", "SE", "SEK", "sv", limit == null ? null : new BigDecimal(limit),
                "SG1", false, Map.of("Segment", "Ä-retail"));
    }

    private static Invoice invoice(String id, int dueInDays, String amount, String open, InvoiceStatus status) {
        LocalDate due = RUN.plusDays(dueInDays);
        return new Invoice(id, "C1", due.minusDays(30), due, Amount.of(amount, "SEK"), Amount.of(open, "SEK"), status);
    }

    private static boolean holds(Customer customer, List<Invoice> invoices, CustomerFilter filter) {
        return new CustomerFacts(customer, invoices, RUN).satisfy(filter);
    }

    private static CustomerFilter measure(Measure measure, Comparison comparison, String value) {
        return compare(measure, comparison, new BigDecimal(value));
    }

    @Test
    void r1_aMissingTextEqualsNothingSoItsNegationHolds() {
        assertFalse(holds(BARE, List.of(), textIn(TextField.GROUP, "CORP")));
        assertTrue(holds(BARE, List.of(), not(textIn(TextField.GROUP, "CORP"))));
        assertFalse(holds(BARE, List.of(), attributeIn("segment", "A")));
        assertTrue(holds(BARE, List.of(), not(attributeIn("segment", "A"))));
    }

    @Test
    void r1_caseFoldsForAsciiLettersOnlyAndAttributeKeysCompareExactly() {
        Customer customer = withCreditLimit(null);
        assertTrue(holds(customer, List.of(), textIn(TextField.ID, "c1")));
        assertTrue(holds(customer, List.of(), textIn(TextField.GROUP, "x", "CORP")));
        assertTrue(holds(customer, List.of(), attributeIn("Segment", "Ä-RETAIL")));
        assertFalse(holds(customer, List.of(), attributeIn("Segment", "ä-retail")), "Ä is not an ASCII letter");
        assertFalse(holds(customer, List.of(), attributeIn("segment", "Ä-retail")), "keys compare exactly");
    }

    @Test
    void r1_theBalanceAddsPositiveOpenAmountsOfEveryStatus() {
        List<Invoice> invoices = List.of(
                invoice("I1", -10, "100", "60.25", InvoiceStatus.OPEN),
                invoice("I2", 5, "50", "50", InvoiceStatus.DISPUTED),
                invoice("I3", 3, "70", "70", InvoiceStatus.PROMISED),
                invoice("PAID", -400, "80", "0", InvoiceStatus.OPEN),
                invoice("CN", -500, "-40", "-40", InvoiceStatus.OPEN));
        assertTrue(holds(withCreditLimit(null), invoices, measure(Measure.BALANCE, Comparison.EQUAL, "180.2500")));
        assertTrue(holds(BARE, List.of(), measure(Measure.BALANCE, Comparison.EQUAL, "0")), "none open: 0");
        assertFalse(holds(BARE, List.of(), measure(Measure.BALANCE, Comparison.NOT_EQUAL, "0.00")));
    }

    @Test
    void r1_issue18_theBalanceIsInTheCustomersCurrencyAndNeverAddsAnotherOne() {
        LocalDate due = RUN.minusDays(5);
        List<Invoice> invoices = List.of(
                invoice("I1", -10, "100", "60.25", InvoiceStatus.OPEN),
                new Invoice("E1", "C1", due.minusDays(30), due, Amount.of("5000", "EUR"), Amount.of("5000", "EUR"),
                        InvoiceStatus.OPEN));
        Customer inSek = withCreditLimit("100");
        assertTrue(holds(inSek, invoices, measure(Measure.BALANCE, Comparison.EQUAL, "60.25")),
                "the SEK customer's balance is its SEK invoices'");
        assertFalse(holds(inSek, invoices, measure(Measure.BALANCE, Comparison.GREATER, "1000")));
        assertTrue(holds(inSek, invoices, measure(Measure.CREDIT_USE, Comparison.LESS, "61")),
                "credit use is the balance in the customer's currency over its limit");
        assertTrue(holds(BARE, invoices, measure(Measure.BALANCE, Comparison.EQUAL, "5000")),
                "the EUR customer's balance is its EUR invoices'");
        assertTrue(holds(BARE, invoices, measure(Measure.OVERDUE_DAYS, Comparison.EQUAL, "10")),
                "overdue days look at every open invoice whatever its currency");
    }

    @Test
    void r1_overdueDaysCountFromTheEarliestDueOpenInvoice() {
        List<Invoice> invoices = List.of(
                invoice("I1", -10, "100", "60", InvoiceStatus.OPEN),
                invoice("I2", -20, "50", "50", InvoiceStatus.DISPUTED),
                invoice("PAID", -400, "80", "0", InvoiceStatus.OPEN),
                invoice("CN", -500, "-40", "-40", InvoiceStatus.OPEN));
        Customer customer = withCreditLimit(null);
        assertTrue(holds(customer, invoices, measure(Measure.OVERDUE_DAYS, Comparison.EQUAL, "20")));
        assertTrue(holds(customer, List.of(invoices.get(0)), measure(Measure.OVERDUE_DAYS, Comparison.EQUAL, "10")));
        assertTrue(holds(customer, List.of(invoice("I9", 7, "1", "1", InvoiceStatus.OPEN)),
                measure(Measure.OVERDUE_DAYS, Comparison.EQUAL, "-7")), "not yet due: negative");
        assertFalse(holds(customer, invoices, measure(Measure.OVERDUE_DAYS, Comparison.EQUAL, "19.5")));
        assertTrue(holds(customer, invoices, measure(Measure.OVERDUE_DAYS, Comparison.LESS, "20.5")));
    }

    @Test
    void r1_aMissingNumberSatisfiesOnlyNotEquals() {
        for (Measure measure : List.of(Measure.CREDIT_LIMIT, Measure.OVERDUE_DAYS, Measure.CREDIT_USE)) {
            for (Comparison comparison : Comparison.values()) {
                assertEquals(comparison == Comparison.NOT_EQUAL,
                        holds(BARE, List.of(), measure(measure, comparison, "0")), measure + " " + comparison);
            }
        }
    }

    @Test
    void r1_creditUseIsTheExactShareOfTheCreditLimit() {
        List<Invoice> invoices = List.of(invoice("I1", -10, "100", "100", InvoiceStatus.OPEN));
        Customer thirds = withCreditLimit("300");
        assertFalse(holds(thirds, invoices, measure(Measure.CREDIT_USE, Comparison.EQUAL, "33.3333")));
        assertTrue(holds(thirds, invoices, measure(Measure.CREDIT_USE, Comparison.GREATER, "33.3333")));
        assertTrue(holds(thirds, invoices, measure(Measure.CREDIT_USE, Comparison.LESS, "33.3334")));
        assertTrue(holds(withCreditLimit("200"), invoices, measure(Measure.CREDIT_USE, Comparison.EQUAL, "50")));
        assertTrue(holds(withCreditLimit("200"), List.of(), measure(Measure.CREDIT_USE, Comparison.EQUAL, "0")));
        assertTrue(holds(withCreditLimit("-200"), invoices, measure(Measure.CREDIT_USE, Comparison.LESS, "-49")));
        assertFalse(holds(withCreditLimit("0"), invoices, measure(Measure.CREDIT_USE, Comparison.GREATER, "0")),
                "a zero credit limit gives no share");
        assertTrue(holds(withCreditLimit("0.0"), invoices, measure(Measure.CREDIT_USE, Comparison.NOT_EQUAL, "0")));
    }

    @Test
    void r1_andOrNotCombineAndEveryoneHolds() {
        CustomerFilter corp = textIn(TextField.GROUP, "corp");
        CustomerFilter nl = textIn(TextField.COUNTRY, "NL");
        Customer customer = withCreditLimit("1");
        assertTrue(holds(customer, List.of(), CustomerFilter.everyone()));
        assertFalse(holds(customer, List.of(), CustomerFilter.and(corp, nl)));
        assertTrue(holds(customer, List.of(), CustomerFilter.or(nl, corp)));
        assertTrue(holds(customer, List.of(), not(CustomerFilter.and(corp, nl))));
    }
}
