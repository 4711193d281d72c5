package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.decide;
import static io.dunwise.engine.internal.Fixtures.everyone;
import static io.dunwise.engine.internal.Fixtures.group;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static io.dunwise.engine.internal.Fixtures.step;
import static io.dunwise.engine.internal.Fixtures.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Hold;
import io.dunwise.model.Strategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R5: on hold, manual assignment, then the smallest rank among the strategies whose pool holds the customer. */
class AssignmentTest {

    private final Strategy corporate = strategy("Corporate", 1, group("Corp", "CORP"), 0, step("Reminder", "email", 3));
    private final Strategy retail = strategy("Retail", 2, group("Shops", "RETAIL"), 0, step("Reminder", "email", 3));
    private final Strategy rest = strategy("Rest", 3, everyone(), 0, step("Reminder", "email", 3));
    /** Not in rank order: the order of the files does not matter. */
    private final List<Strategy> set = List.of(rest, retail, corporate);

    private Decision decideFor(Customer customer) {
        return decide(set, account(customer, List.of(invoice("I1", DUE)), List.of()), DUE.plusDays(3));
    }

    private static Customer inGroup(String group) {
        return new Customer("C1", "Customer", group, "SE", "EUR", "en", null, null, false, Map.of());
    }

    @Test
    void r5TheSmallestRankAmongTheMatchingPoolsWins() {
        Decision decision = decideFor(inGroup("CORP"));
        assertEquals(Optional.of("Corporate"), decision.strategy());
        assertEquals("pool Corp holds the customer; rank 1 is the smallest of 2 matching (Corporate, Rest)",
                decision.assignment());
        assertEquals(Optional.of("Retail"), decideFor(inGroup("RETAIL")).strategy());
        assertEquals(Optional.of("Rest"), decideFor(inGroup("GOV")).strategy());
    }

    @Test
    void r5NoPoolNoProcess() {
        Decision decision = decide(List.of(corporate), account(inGroup("GOV"), List.of(invoice("I1", DUE)), List.of()),
                DUE.plusDays(3));
        assertEquals(Optional.empty(), decision.strategy());
        assertEquals("no strategy's pool holds the customer", decision.assignment());
        assertEquals(List.of(), decision.actions());
    }

    @Test
    void r5ACustomerOnHoldInTheLedgerIsInNoProcess() {
        Customer held = new Customer("C1", "Customer", "CORP", "SE", "EUR", "en", null, null, true, Map.of());
        Decision decision = decideFor(held);
        assertEquals(Optional.empty(), decision.strategy());
        assertEquals("on hold in the ledger: in no process", decision.assignment());
        assertEquals(List.of(), decision.actions());
    }

    @Test
    void r26AHoldInDunwiseLastsUntilItsResumeDate() {
        Customer held = new Customer("C1", "Customer", "CORP", "SE", "EUR", "en", null, null, false, Map.of(),
                new Hold("bankruptcy filed", DUE.plusDays(4)), null);
        Decision during = decideFor(held);
        assertEquals(Optional.empty(), during.strategy());
        assertEquals("on hold (bankruptcy filed) until " + DUE.plusDays(4) + ": in no process", during.assignment());
        Decision after = decide(set, account(held, List.of(invoice("I1", DUE)), List.of()), DUE.plusDays(4));
        assertEquals(Optional.of("Corporate"), after.strategy(), "the resume date is the first date chased again");
        assertEquals(List.of("Reminder for I1"), Fixtures.actions(after));
    }

    @Test
    void r5AManualAssignmentBeatsThePools() {
        Customer manual = new Customer("C1", "Customer", "CORP", "SE", "EUR", "en", null, null, false, Map.of(), null,
                "Retail");
        Decision decision = decideFor(manual);
        assertEquals(Optional.of("Retail"), decision.strategy());
        assertEquals("assigned by hand to Retail", decision.assignment());
    }

    @Test
    void r5AManualAssignmentToAStrategyNotInTheSetKeepsTheCustomerOutOfEveryProcess() {
        Customer manual = new Customer("C1", "Customer", "CORP", "SE", "EUR", "en", null, null, false, Map.of(), null,
                "Retired");
        Decision decision = decideFor(manual);
        assertEquals(Optional.empty(), decision.strategy());
        assertTrue(decision.assignment().contains("Retired, which is not in the strategy set"), decision.assignment());
    }

    @Test
    void r5OnHoldWinsOverAManualAssignment() {
        Customer both = new Customer("C1", "Customer", "CORP", "SE", "EUR", "en", null, null, false, Map.of(),
                new Hold("legal", null), "Retail");
        assertEquals(Optional.empty(), decideFor(both).strategy());
    }
}
