package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.decide;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static io.dunwise.engine.internal.Fixtures.exclude;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static io.dunwise.engine.internal.Fixtures.performed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.engine.Decision;
import io.dunwise.engine.Decision.StepState;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.ExclusionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R28: a decision explains itself: assignment, invoices, every step's reach date and state, quiet days, exclusion. */
class ExplanationTest {

    @Test
    void r28EveryPartOfTheDecisionIsExplained() {
        Decision decision = decide(List.of(exclude(dunning(2), ExclusionKind.AGED_BALANCE_BELOW, "50")),
                account(List.of(invoice("I1", DUE), invoice("I2", DUE.plusDays(14))),
                        performed(DUE.plusDays(3), "Reminder", "email", "I1", Outcome.DONE)),
                DUE.plusDays(10));
        assertEquals(Optional.of("Dunning"), decision.strategy());
        assertEquals("pool Everyone holds the customer; rank 1 is the smallest of 1 matching (Dunning)",
                decision.assignment());
        assertEquals(Optional.of("I1"), decision.leading());
        assertEquals(List.of("leading (R7), 10 days overdue", "chased, due in 4 days"),
                decision.invoices().stream().map(Decision.InvoiceState::state).toList());
        assertEquals(List.of(
                new StepState("Heads-up", "email", true, Optional.of(LocalDate.parse("2026-10-10")),
                        "I2: notice fires"),
                new StepState("Reminder", "email", false, Optional.of(LocalDate.parse("2026-10-04")),
                        "passed: performed on 2026-10-04"),
                new StepState("Call", "activity", false, Optional.of(LocalDate.parse("2026-10-11")), "current: fires"),
                new StepState("Letter", "letter", false, Optional.of(LocalDate.parse("2026-10-31")), "not reached")),
                decision.steps());
        assertEquals("2 quiet days; last action on 2026-10-04, over since 2026-10-06", decision.quiet());
        assertEquals("exclude aged balance below 50: 2000.00 is not below, not excluded", decision.exclusion());
        assertEquals(2, decision.actions().size());
    }
}
