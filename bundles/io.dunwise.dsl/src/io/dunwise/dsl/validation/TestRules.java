package io.dunwise.dsl.validation;

import io.dunwise.model.DunwisePackage;
import io.dunwise.model.ExpectedAction;
import io.dunwise.model.Expectation;
import io.dunwise.model.Strategy;
import io.dunwise.model.TestCase;
import io.dunwise.model.TestCustomer;
import io.dunwise.model.TestInvoice;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.xtext.validation.Check;

/** The rules of test blocks (R32): they name what exists and state something to check. */
class TestRules extends DunwiseRules {

    /** R32: an expected action names a step of the tested strategy, with that step's action type. */
    @Check
    public void expectedStepExists(ExpectedAction expected) {
        TestCase test = (TestCase) expected.eContainer().eContainer();
        Strategy strategy = test.getStrategy();
        if (strategy == null || strategy.eIsProxy()) {
            return;
        }
        boolean found = strategy.getSteps().stream().anyMatch(step -> expected.getStep().equals(step.getDescription())
                && expected.getActionType().equals(step.getActionType()));
        if (!found) {
            error("R32: strategy " + strategy.getName() + " has no " + expected.getActionType() + " step '"
                    + expected.getStep() + "'; its steps: " + strategy.getSteps().stream()
                            .map(step -> step.getActionType() + " \"" + step.getDescription() + "\"")
                            .collect(Collectors.joining(", ")),
                    expected, DunwisePackage.Literals.EXPECTED_ACTION__STEP, IssueCodes.UNKNOWN_EXPECTED_STEP);
        }
    }

    /** R32: names of a test's customers and invoices are unique in it; each date is expected once. */
    @Check
    public void namesAndDatesOnce(TestCase test) {
        Set<String> customers = new HashSet<>();
        for (TestCustomer customer : test.getCustomers()) {
            if (!customers.add(customer.getName())) {
                error("R32: customer " + customer.getName() + " is already in this test", customer,
                        DunwisePackage.Literals.TEST_CUSTOMER__NAME, IssueCodes.TEST_NAME_TWICE);
            }
        }
        Set<String> invoices = new HashSet<>();
        for (TestInvoice invoice : test.getInvoices()) {
            if (!invoices.add(invoice.getName())) {
                error("R32: invoice " + invoice.getName() + " is already in this test", invoice,
                        DunwisePackage.Literals.TEST_INVOICE__NAME, IssueCodes.TEST_NAME_TWICE);
            }
        }
        Set<LocalDate> dates = new HashSet<>();
        for (Expectation expectation : test.getExpectations()) {
            if (expectation.getDate() != null && !dates.add(expectation.getDate())) {
                error("R32: " + expectation.getDate() + " is already expected above; list that day's actions together",
                        expectation, DunwisePackage.Literals.EXPECTATION__DATE, IssueCodes.TEST_DATE_TWICE);
            }
        }
        if (test.getExpectations().isEmpty()) {
            warning("R32: this test expects nothing; add lines such as: on 2026-10-04 expect email \"Reminder\"",
                    test, DunwisePackage.Literals.TEST_CASE__STRATEGY, IssueCodes.TEST_WITHOUT_EXPECTATION);
        }
    }
}
