package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.MODEL;
import static io.dunwise.engine.internal.Fixtures.POOLS;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.engine.TestResult;
import io.dunwise.model.Expectation;
import io.dunwise.model.ExpectedAction;
import io.dunwise.model.Strategy;
import io.dunwise.model.TestCase;
import io.dunwise.model.TestCustomer;
import io.dunwise.model.TestInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R32: a test block runs the strategy every day over its dates on its own ledger and checks each named date. */
class StrategyTestTest {

    private final Strategy strategy = dunning(0);
    private final TestCase test = MODEL.createTestCase();
    private final TestInvoice invoice = MODEL.createTestInvoice();

    StrategyTestTest() {
        test.setStrategy(strategy);
        TestCustomer customer = MODEL.createTestCustomer();
        customer.setName("C1");
        test.getCustomers().add(customer);
        invoice.setName("I1");
        invoice.setCustomer(customer);
        invoice.setDueDate(DUE);
        invoice.setAmount(new BigDecimal("1200"));
        invoice.setCurrency("EUR");
        test.getInvoices().add(invoice);
    }

    private Expectation on(LocalDate date, String type, String step) {
        Expectation expectation = MODEL.createExpectation();
        expectation.setDate(date);
        if (type != null) {
            ExpectedAction action = MODEL.createExpectedAction();
            action.setActionType(type);
            action.setStep(step);
            action.setInvoice(invoice);
            expectation.getActions().add(action);
        }
        test.getExpectations().add(expectation);
        return expectation;
    }

    private TestResult run() {
        return new StrategyTest(test, new Decider(List.of(strategy), POOLS)).run();
    }

    @Test
    void r32ExpectationsThatHoldPass() {
        on(DUE.plusDays(3), "email", "Reminder");
        on(DUE.plusDays(4), null, null);
        on(DUE.plusDays(10), "activity", "Call");
        TestResult result = run();
        assertTrue(result.passed(), result.failures().toString());
        assertEquals(3, result.expectations());
    }

    @Test
    void r32TheDaysBetweenAreRunTooSoAStepDoneEarlierIsNotDoneAgain() {
        // the reminder fired on due + 3 (a day the test does not name); on due + 5 nothing happens
        on(DUE.minusDays(5), "email", "Heads-up");
        Expectation wrong = on(DUE.plusDays(5), "email", "Reminder");
        TestResult result = run();
        assertEquals(1, result.failures().size());
        assertEquals(wrong, result.failures().get(0).expectation());
        assertEquals("on 2026-10-06 expected email \"Reminder\" for I1; nothing happened",
                result.failures().get(0).message());
    }

    @Test
    void r32AnUnexpectedActionFailsAnExpectationOfNothing() {
        on(DUE.plusDays(3), null, null);
        TestResult result = run();
        assertEquals("on 2026-10-04 happened: email \"Reminder\" for I1 of C1", result.failures().get(0).message());
    }
}
