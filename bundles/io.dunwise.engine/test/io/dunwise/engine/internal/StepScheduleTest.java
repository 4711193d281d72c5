package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.actions;
import static io.dunwise.engine.internal.Fixtures.decide;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static io.dunwise.engine.internal.Fixtures.performed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R7 (the leading invoice) and R9 (the current step, once per customer and leading invoice). */
class StepScheduleTest {

    private static List<String> on(LocalDate asOf, List<Invoice> invoices, io.dunwise.ledger.api.HistoryEntry... history) {
        return actions(decide(List.of(dunning(0)), account(invoices, history), asOf));
    }

    @Test
    void r7TheLeadingInvoiceIsTheEarliestDueThenTheEarliestDatedThenTheSmallestId() {
        Invoice later = invoice("I1", DUE.plusDays(1));
        Invoice dated = new Invoice("I9", "C1", DUE.minusDays(40), DUE, Amount.of("5", "EUR"), Amount.of("5", "EUR"),
                InvoiceStatus.OPEN);
        Invoice sameDayB = invoice("I3", DUE);
        Invoice sameDayA = invoice("I2", DUE);
        assertEquals(List.of("Reminder for I9"), on(DUE.plusDays(3), List.of(later, sameDayA, sameDayB, dated)));
        assertEquals(List.of("Reminder for I2"), on(DUE.plusDays(3), List.of(later, sameDayB, sameDayA)));
    }

    @Test
    void r7NothingOpenNothingToDo() {
        Decision decision = decide(List.of(dunning(0)), account(List.of()), DUE.plusDays(3));
        assertEquals(java.util.Optional.empty(), decision.leading());
        assertEquals(List.of(), decision.actions());
    }

    @Test
    void r9AStepIsReachedOnDuePlusItsOffset() {
        List<Invoice> invoices = List.of(invoice("I1", DUE));
        assertEquals(List.of(), on(DUE.plusDays(2), invoices));
        assertEquals(List.of("Reminder for I1"), on(DUE.plusDays(3), invoices));
        assertEquals(List.of("Call for I1"), on(DUE.plusDays(10), invoices));
    }

    @Test
    void r9TheCurrentStepIsPerformedOncePerLeadingInvoice() {
        List<Invoice> invoices = List.of(invoice("I1", DUE));
        assertEquals(List.of(), on(DUE.plusDays(4), invoices,
                performed(DUE.plusDays(3), "Reminder", "email", "I1", Outcome.DONE)));
        assertEquals(List.of(), on(DUE.plusDays(4), invoices,
                performed(DUE.plusDays(3), "Reminder", "email", "I1", Outcome.PENDING)), "in the outbox: performed");
        assertEquals(List.of(), on(DUE.plusDays(4), invoices,
                performed(DUE.plusDays(3), "Reminder", "email", "I1", Outcome.FAILED)), "failed: not retried silently");
        assertEquals(List.of("Reminder for I1"), on(DUE.plusDays(4), invoices,
                performed(DUE.plusDays(3), "Reminder", "email", "I1", Outcome.SKIPPED)), "skipped: still to do");
    }

    @Test
    void r9MissedStepsAreNotCaughtUp() {
        // no run between due + 3 and due + 12: the reminder is passed over, only the call is performed
        Decision decision = decide(List.of(dunning(0)), account(List.of(invoice("I1", DUE))), DUE.plusDays(12));
        assertEquals(List.of("Call for I1"), actions(decision));
        assertEquals("passed over: a later step is current (R9)", decision.steps().get(1).state());
        assertEquals("current: fires", decision.steps().get(2).state());
        assertEquals("not reached", decision.steps().get(3).state());
    }

    @Test
    void r9ASettledLeadingInvoiceHandsOverToTheNextWithItsOwnSchedule() {
        // I1 had its reminder and is settled (not open any more); I2, due 10 days later, starts from its first step
        assertEquals(List.of("Reminder for I2"), on(DUE.plusDays(13), List.of(invoice("I2", DUE.plusDays(10))),
                performed(DUE.plusDays(3), "Reminder", "email", "I1", Outcome.DONE)));
    }

    @Test
    void r15ALetterListsEveryOverdueInvoiceLeadingFirst() {
        List<Invoice> invoices = List.of(invoice("I3", DUE.plusDays(20)), invoice("I1", DUE),
                invoice("I2", DUE.plusDays(5)), invoice("I4", DUE.plusDays(60)));
        assertEquals(List.of("Letter for I1+I2+I3"), on(DUE.plusDays(30), invoices));
    }
}
