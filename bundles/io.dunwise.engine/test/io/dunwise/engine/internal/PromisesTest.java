package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.actions;
import static io.dunwise.engine.internal.Fixtures.decide;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.engine.Decision;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R26: disputed and promised invoices are not chased; a broken promise puts the invoice back, once noted. */
class PromisesTest {

    private static final Invoice DISPUTED = new Invoice("I1", "C1", DUE.minusDays(30), DUE, Amount.of("100", "EUR"),
            Amount.of("100", "EUR"), InvoiceStatus.DISPUTED);
    private static final Invoice PROMISED = new Invoice("I1", "C1", DUE.minusDays(30), DUE, Amount.of("100", "EUR"),
            Amount.of("100", "EUR"), InvoiceStatus.PROMISED, DUE.plusDays(10), Amount.of("100", "EUR"));

    private static Decision on(LocalDate asOf, List<Invoice> invoices, HistoryEntry... history) {
        return decide(List.of(dunning(0)), account(invoices, history), asOf);
    }

    @Test
    void r26ADisputedInvoiceDoesNotLead() {
        Decision decision = on(DUE.plusDays(5), List.of(DISPUTED, invoice("I2", DUE.plusDays(2))));
        assertEquals(Optional.of("I2"), decision.leading());
        assertEquals(List.of("Reminder for I2"), actions(decision));
        assertEquals("disputed: not chased (R26), 5 days overdue", decision.invoices().get(0).state());
    }

    @Test
    void r26APromisedInvoiceIsNotChasedUntilThePromiseDate() {
        assertEquals(List.of(), actions(on(DUE.plusDays(3), List.of(PROMISED))));
        assertEquals(List.of(), actions(on(DUE.plusDays(10), List.of(PROMISED))), "the promise date itself is kept");
    }

    @Test
    void r26ABrokenPromisePutsTheInvoiceBackAndTheHistorySaysSoOnce() {
        Decision broken = on(DUE.plusDays(11), List.of(PROMISED));
        assertEquals(List.of("promise-broken for I1 noted: promised 100 EUR by 2026-10-11; 100 EUR still open",
                "Call for I1"), actions(broken));
        PlannedAction note = broken.actions().get(0);
        HistoryEntry written = new HistoryEntry(1, "earlier", note.date(), "C1", note.strategy(), null,
                note.actionType(), note.invoiceIds(), List.of(), Outcome.DONE, note.reason());
        assertEquals(List.of("Call for I1"), actions(on(DUE.plusDays(12), List.of(PROMISED), written)));
    }
}
