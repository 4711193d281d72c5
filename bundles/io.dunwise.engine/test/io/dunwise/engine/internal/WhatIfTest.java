package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.POOLS;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.everyone;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static io.dunwise.engine.internal.Fixtures.step;
import static io.dunwise.engine.internal.Fixtures.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.engine.Difference;
import io.dunwise.engine.PlannedAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R27: two strategy sets replayed over the same days; the differences customer by customer and day by day. */
class WhatIfTest {

    @Test
    void r27AnEarlierReminderShowsOnTheDaysBothSetsActDifferently() {
        Decider current = new Decider(List.of(strategy("Dunning", 1, everyone(), 0,
                step("Reminder", "email", 3), step("Call", "activity", 10))), POOLS);
        Decider proposed = new Decider(List.of(strategy("Dunning", 1, everyone(), 0,
                step("Reminder", "email", 1), step("Call", "activity", 10))), POOLS);
        List<Difference> differences = new WhatIf(proposed, current, DUE, DUE.plusDays(20))
                .compare(account(List.of(invoice("I1", DUE))));
        assertEquals(2, differences.size(), differences.toString());
        assertEquals(DUE.plusDays(1), differences.get(0).date());
        assertEquals(List.of("Reminder"), differences.get(0).proposed().stream().map(PlannedAction::step).toList());
        assertEquals(List.of(), differences.get(0).current());
        assertEquals(DUE.plusDays(3), differences.get(1).date());
        assertEquals(List.of(), differences.get(1).proposed(), "the proposed set sent its reminder already");
        assertEquals(List.of("Reminder"), differences.get(1).current().stream().map(PlannedAction::step).toList());
    }
}
