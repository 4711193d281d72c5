package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.actions;
import static io.dunwise.engine.internal.Fixtures.decide;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static io.dunwise.engine.internal.Fixtures.performed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R10: the pre-dunning step acts per invoice, once, in the window due + offset ≤ D ≤ due. */
class PreDunningTest {

    private static List<String> on(LocalDate asOf, int quietDays, List<Invoice> invoices, HistoryEntry... history) {
        return actions(decide(List.of(dunning(quietDays)), account(invoices, history), asOf));
    }

    @Test
    void r10EveryInvoiceInItsWindowGetsItsOwnNotice() {
        List<Invoice> invoices = List.of(invoice("I1", DUE), invoice("I2", DUE.plusDays(3)), invoice("I3", DUE.plusDays(9)));
        assertEquals(List.of(), on(DUE.minusDays(6), 0, invoices));
        assertEquals(List.of("Heads-up for I1"), on(DUE.minusDays(5), 0, invoices));
        assertEquals(List.of("Heads-up for I1", "Heads-up for I2"), on(DUE.minusDays(2), 0, invoices),
                "I2's window opened; I1's notice was never sent");
        assertEquals(List.of("Heads-up for I2"), on(DUE.minusDays(2), 0, invoices,
                performed(DUE.minusDays(5), "Heads-up", "email", "I1", Outcome.DONE)), "one notice per invoice");
    }

    @Test
    void r10TheWindowEndsOnTheDueDate() {
        assertEquals(List.of("Heads-up for I1"), on(DUE, 0, List.of(invoice("I1", DUE))));
        assertEquals(List.of(), on(DUE.plusDays(1), 0, List.of(invoice("I1", DUE))),
                "an invoice first seen after its due date gets no notice");
    }

    @Test
    void r11ANoticeAndTheCurrentStepOfOneRunDoNotBlockEachOther() {
        // I1 is 3 days overdue (its reminder is due) and I2 is due in 5 days (its notice is due): quiet days do not
        // hold back either, because nothing was sent before this run
        List<Invoice> invoices = List.of(invoice("I1", DUE.minusDays(3)), invoice("I2", DUE.plusDays(5)));
        assertEquals(List.of("Heads-up for I2", "Reminder for I1"), on(DUE, 7, invoices));
    }
}
