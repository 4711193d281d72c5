package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.MODEL;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.actions;
import static io.dunwise.engine.internal.Fixtures.decide;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.Parameters;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

/** R30: at most N automated contacts per customer within M days, across all strategies. */
class ContactCapTest {

    /** A strategy set whose parameters say {@code contact cap 2 per 7 days}, loaded as from a file. */
    private static List<Strategy> capped(Strategy strategy) {
        Parameters parameters = MODEL.createParameters();
        parameters.setContactCap(2);
        parameters.setContactCapDays(7);
        StrategyFile file = MODEL.createStrategyFile();
        file.getElements().add(parameters);
        file.getElements().add(strategy);
        Resource resource = new ResourceImpl(URI.createURI("capped.dun"));
        resource.getContents().add(file);
        new ResourceSetImpl().getResources().add(resource);
        return List.of(strategy);
    }

    /** An action of another strategy, or of this one, on {@code date}. */
    private static HistoryEntry contact(LocalDate date, String type, Outcome outcome) {
        return new HistoryEntry(1, "earlier", date, "C1", "Other", "Anything", type, List.of("I9"), List.of(),
                outcome, null);
    }

    @Test
    void r30OverTheCapTheOverdueStepGoesFirstAndANoticeWaits() {
        // on due + 3: the reminder of I1 and the notices of I2 (due + 4) and I3 (due + 5) are due: 3 contacts
        LocalDate asOf = DUE.plusDays(3);
        assertEquals(List.of("Heads-up for I2",
                "Heads-up for I3 skipped: contact cap: 2 contacts since 2026-09-28, at most 2 in 7 days (R30)",
                "Reminder for I1"),
                actions(decide(capped(dunning(0)), account(List.of(invoice("I1", DUE), invoice("I2", DUE.plusDays(4)),
                        invoice("I3", DUE.plusDays(5)))), asOf)));
    }

    @Test
    void r30ContactsOfEveryStrategyCountButNotActivitiesFailuresOrOlderOnes() {
        LocalDate asOf = DUE.plusDays(3);
        List<Strategy> strategies = capped(dunning(0));
        List<String> capped = actions(decide(strategies, account(List.of(invoice("I1", DUE)),
                contact(asOf.minusDays(6), "letter", Outcome.DONE), contact(asOf, "sms", Outcome.PENDING)), asOf));
        assertEquals(List.of("Reminder for I1 skipped: contact cap: 2 contacts since 2026-09-28, at most 2 in 7 days"
                + " (R30)"), capped);
        assertEquals(List.of("Reminder for I1"), actions(decide(strategies, account(List.of(invoice("I1", DUE)),
                contact(asOf.minusDays(7), "letter", Outcome.DONE), contact(asOf, "activity", Outcome.DONE),
                contact(asOf, "email", Outcome.FAILED), contact(asOf, "email", Outcome.SKIPPED)), asOf)),
                "a week ago is outside the window; an activity, a failure and a skip reached nobody");
    }

    @Test
    void r30ActivitiesAreTheAgentsWorkAndAreNeverCapped() {
        LocalDate asOf = DUE.plusDays(10);
        assertEquals(List.of("Call for I1"), actions(decide(capped(dunning(0)), account(List.of(invoice("I1", DUE)),
                contact(asOf, "letter", Outcome.DONE), contact(asOf, "email", Outcome.DONE)), asOf)));
    }

    @Test
    void r30WithoutACapEveryDueStepFires() {
        LocalDate asOf = DUE.plusDays(3);
        assertEquals(List.of("Heads-up for I2", "Reminder for I1"), actions(decide(List.of(dunning(0)),
                account(List.of(invoice("I1", DUE), invoice("I2", DUE.plusDays(4))),
                        contact(asOf, "letter", Outcome.DONE), contact(asOf, "email", Outcome.DONE)), asOf)));
    }
}
