package io.dunwise.engine.internal;

import io.dunwise.engine.Decision;
import io.dunwise.engine.PlannedAction;
import io.dunwise.engine.TestResult;
import io.dunwise.engine.TestResult.Failure;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.model.Expectation;
import io.dunwise.model.ExpectedAction;
import io.dunwise.model.InvoiceState;
import io.dunwise.model.TestCase;
import io.dunwise.model.TestCustomer;
import io.dunwise.model.TestInvoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * R32: a test block's customers and invoices as a small ledger of their own, its customers assigned to the tested
 * strategy, and a run of it every day from the first date the test names to the last, as the nightly job would
 * run it; on each named date the actions performed must be exactly the expected ones.
 */
final class StrategyTest {

    private static final String DEFAULT_CURRENCY = "EUR";

    private final TestCase test;
    private final Decider decider;

    StrategyTest(TestCase test, Decider decider) {
        this.test = test;
        this.decider = decider;
    }

    TestResult run() {
        List<Expectation> expectations = test.getExpectations().stream()
                .filter(expectation -> expectation.getDate() != null)
                .sorted(Comparator.comparing(Expectation::getDate)).toList();
        List<Failure> failures = new ArrayList<>();
        if (expectations.isEmpty()) {
            return new TestResult(test, 0, failures);
        }
        LocalDate first = expectations.get(0).getDate();
        LocalDate last = expectations.get(expectations.size() - 1).getDate();
        List<VirtualHistory> accounts = accounts(first);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<PlannedAction> performed = new ArrayList<>();
            for (VirtualHistory history : accounts) {
                Decision decision = decider.decide(history.account(), day);
                history.record(decision.actions());
                decision.actions().stream().filter(PlannedAction::isToPerform).forEach(performed::add);
            }
            LocalDate today = day;
            expectations.stream().filter(expectation -> expectation.getDate().equals(today))
                    .forEach(expectation -> check(expectation, performed).ifPresent(failures::add));
        }
        return new TestResult(test, expectations.size(), failures);
    }

    private Optional<Failure> check(Expectation expectation, List<PlannedAction> performed) {
        List<PlannedAction> unexpected = new ArrayList<>(performed);
        List<String> missing = new ArrayList<>();
        for (ExpectedAction expected : expectation.getActions()) {
            PlannedAction match = unexpected.stream().filter(action -> matches(expected, action)).findFirst()
                    .orElse(null);
            if (match == null) {
                missing.add(describe(expected));
            } else {
                unexpected.remove(match);
            }
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("expected " + String.join(", ", missing));
        }
        parts.add(performed.isEmpty() ? "nothing happened"
                : "happened: " + performed.stream().map(StrategyTest::describe).collect(Collectors.joining(", ")));
        return Optional.of(new Failure(expectation, "on " + expectation.getDate() + " "
                + String.join("; ", parts)));
    }

    private static boolean matches(ExpectedAction expected, PlannedAction action) {
        return Objects.equals(expected.getActionType(), action.actionType())
                && Objects.equals(expected.getStep(), action.step())
                && (expected.getInvoice() == null || action.invoiceIds().get(0).equals(expected.getInvoice().getName()));
    }

    private static String describe(ExpectedAction expected) {
        return expected.getActionType() + " \"" + expected.getStep() + "\""
                + (expected.getInvoice() == null ? "" : " for " + expected.getInvoice().getName());
    }

    private static String describe(PlannedAction action) {
        return action.actionType() + " \"" + action.step() + "\" for " + action.invoiceIds().get(0) + " of "
                + action.customerId();
    }

    private List<VirtualHistory> accounts(LocalDate first) {
        Map<TestCustomer, List<Invoice>> invoices = new HashMap<>();
        for (TestInvoice invoice : test.getInvoices()) {
            invoices.computeIfAbsent(invoice.getCustomer(), customer -> new ArrayList<>()).add(invoice(invoice));
        }
        List<VirtualHistory> accounts = new ArrayList<>();
        for (TestCustomer customer : test.getCustomers()) {
            List<Invoice> open = invoices.getOrDefault(customer, List.of()).stream().filter(Invoice::isOpen)
                    .sorted(LeadingInvoice.ORDER).toList();
            accounts.add(new VirtualHistory(new Account(customer(customer, test.getStrategy().getName()), open,
                    List.of()), first));
        }
        return accounts;
    }

    /** A test customer, assigned to the tested strategy as by hand (R5), whatever its pool says. */
    private static Customer customer(TestCustomer customer, String strategy) {
        return new Customer(customer.getName(), customer.getName(), customer.getGroup(), customer.getCountry(),
                customer.getCurrency() == null ? DEFAULT_CURRENCY : customer.getCurrency(), customer.getLanguage(),
                null, customer.getSalesGroup(), customer.isOnHold(), Map.of(), null, strategy);
    }

    /** A test invoice: dated 30 days before its due date unless it says otherwise, open for its full amount. */
    private static Invoice invoice(TestInvoice invoice) {
        String currency = invoice.getCurrency() == null ? DEFAULT_CURRENCY : invoice.getCurrency();
        LocalDate dated = invoice.getInvoiceDate() == null ? invoice.getDueDate().minusDays(30) : invoice.getInvoiceDate();
        Amount amount = new Amount(invoice.getAmount(), currency);
        Amount open = invoice.getOpenAmount() == null ? amount : new Amount(invoice.getOpenAmount(), currency);
        InvoiceStatus status = invoice.getStatus() == InvoiceState.DISPUTED ? InvoiceStatus.DISPUTED
                : invoice.getStatus() == InvoiceState.PROMISED ? InvoiceStatus.PROMISED : InvoiceStatus.OPEN;
        return new Invoice(invoice.getName(), invoice.getCustomer().getName(), dated, invoice.getDueDate(), amount,
                open, status);
    }
}
