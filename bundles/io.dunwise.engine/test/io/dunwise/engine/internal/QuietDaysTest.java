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
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R11: no action for a customer contacted less than q days before the run date. */
class QuietDaysTest {

    /** A reminder for I0, since settled, sent on due + 1. */
    private static final HistoryEntry CONTACT = performed(DUE.plusDays(1), "Reminder", "email", "I0", Outcome.DONE);

    private static Decision on(LocalDate asOf, HistoryEntry... history) {
        return decide(List.of(dunning(3)), account(List.of(invoice("I1", DUE)), history), asOf);
    }

    @Test
    void r11TheCurrentStepWaitsUntilTheQuietDaysArePastEvenForASettledInvoice() {
        Decision quiet = on(DUE.plusDays(3), CONTACT);
        assertEquals(List.of("Reminder for I1 skipped: quiet: last action on 2026-10-02, 3 quiet days until "
                + "2026-10-05 (R11)"), actions(quiet));
        assertEquals("current: skipped, quiet: last action on 2026-10-02, 3 quiet days until 2026-10-05 (R11)",
                quiet.steps().get(1).state());
        assertEquals(List.of("Reminder for I1"), actions(on(LocalDate.parse("2026-10-05"), CONTACT)),
                "D - C = 3 is not below 3 quiet days");
    }

    @Test
    void r11AFailedActionDidNotContactTheCustomer() {
        HistoryEntry failed = performed(DUE.plusDays(1), "Reminder", "email", "I0", Outcome.FAILED);
        assertEquals(List.of("Reminder for I1"), actions(on(DUE.plusDays(3), failed)));
    }

    @Test
    void r16ASkipAlreadyWrittenThatDayIsNotWrittenAgain() {
        Decision first = on(DUE.plusDays(3), CONTACT);
        PlannedAction skip = first.actions().get(0);
        HistoryEntry written = new HistoryEntry(2, "earlier", skip.date(), "C1", skip.strategy(), skip.step(),
                skip.actionType(), skip.invoiceIds(), List.of(), Outcome.SKIPPED, skip.reason());
        assertEquals(List.of(), on(DUE.plusDays(3), CONTACT, written).actions());
        assertEquals(1, on(DUE.plusDays(4), CONTACT, written).actions().size(), "the next day is a new decision");
    }

    @Test
    void r16ARunStartedAgainWritesNoSecondSkipForAnotherReason() {
        // the first run of the day skipped the reminder for the contact cap (R30); started again after a crash, it
        // would now skip it for quiet days: still the same skip, written once
        Decision again = on(DUE.plusDays(3), CONTACT);
        PlannedAction skip = again.actions().get(0);
        HistoryEntry written = new HistoryEntry(2, "killed", skip.date(), "C1", skip.strategy(), skip.step(),
                skip.actionType(), skip.invoiceIds(), List.of(), Outcome.SKIPPED, "contact cap: 2 contacts (R30)");
        assertEquals(List.of(), on(DUE.plusDays(3), CONTACT, written).actions());
    }
}
