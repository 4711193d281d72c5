package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.MODEL;
import static io.dunwise.engine.internal.Fixtures.POOLS;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.actions;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static io.dunwise.engine.internal.Fixtures.performed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.engine.Decision;
import io.dunwise.engine.Decision.StepState;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.ActivityTemplate;
import io.dunwise.model.Parameters;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import io.dunwise.predictions.Prediction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

/**
 * R12: a strategy that uses predictions creates an activity for each chased invoice not yet due whose probability
 * of late payment reaches the threshold, once per invoice; R28: the explanation says why.
 */
class PredictionActivitiesTest {

    private static final LocalDate AS_OF = DUE.minusDays(10);
    /** I1 overdue (the leading invoice), I2 to I4 not yet due. */
    private static final List<Invoice> INVOICES = List.of(invoice("I1", DUE.minusDays(20)), invoice("I2", DUE),
            invoice("I3", DUE.plusDays(5)), invoice("I4", DUE.plusDays(10)));
    private static final PredictedRisks RISKS = new PredictedRisks(Map.of(
            "I1", prediction("I1", 0.95), "I2", prediction("I2", 0.9, "paid 7 of 9 invoices late"),
            "I3", prediction("I3", 0.5), "I4", prediction("I4", 0.7, "amount 3.1× the usual")), Optional.empty());

    private static Prediction prediction(String invoice, double probability, String... reasons) {
        return new Prediction(invoice, "C1", DUE, Amount.of("1000.00", "EUR"), probability, List.of(reasons));
    }

    /** The dunning strategy, with or without predictions, in a set whose parameters name the activity. */
    private static List<Strategy> strategies(boolean usePredictions, String threshold, int quietDays) {
        Strategy strategy = dunning(quietDays);
        strategy.setUsePredictions(usePredictions);
        ActivityTemplate call = MODEL.createActivityTemplate();
        call.setName("CallBeforeDue");
        Parameters parameters = MODEL.createParameters();
        parameters.setPredictionActivity(call);
        if (threshold != null) {
            parameters.setPredictionThreshold(new BigDecimal(threshold));
        }
        StrategyFile file = MODEL.createStrategyFile();
        file.getElements().add(call);
        file.getElements().add(parameters);
        file.getElements().add(strategy);
        Resource resource = new ResourceImpl(URI.createURI("predictions.dun"));
        resource.getContents().add(file);
        new ResourceSetImpl().getResources().add(resource);
        return List.of(strategy);
    }

    private static Decision decide(List<Strategy> strategies, PredictedRisks risks, HistoryEntry... history) {
        return new Decider(strategies, POOLS, risks).decide(account(INVOICES, history), AS_OF);
    }

    private static String predictionState(Decision decision) {
        return decision.steps().stream().filter(step -> step.step().equals(PredictionActivities.STEP))
                .map(StepState::state).findFirst().orElse("none");
    }

    @Test
    void r12EveryRiskyInvoiceNotYetDueGetsAnActivityForItself() {
        Decision decision = decide(strategies(true, "0.8", 0), RISKS);
        assertEquals(List.of("Call for I1", "prediction for I2"), actions(decision),
                "I1 is overdue, I3 (50 %) and I4 (70 %) are below 80 %");
        assertEquals("activity", decision.actions().get(1).actionType());
    }

    @Test
    void r12TheThresholdIsInclusiveAndDefaultsToSeventyPercent() {
        assertEquals(List.of("Call for I1", "prediction for I2", "prediction for I4"),
                actions(decide(strategies(true, null, 0), RISKS)));
        assertEquals(List.of("Call for I1", "prediction for I2", "prediction for I3", "prediction for I4"),
                actions(decide(strategies(true, "0.5", 0), RISKS)));
    }

    @Test
    void r12OncePerInvoiceWhateverTheStrategyThatCreatedIt() {
        HistoryEntry earlier = new HistoryEntry(1, "earlier", AS_OF.minusDays(3), "C1", "Other",
                PredictionActivities.STEP, "activity", List.of("I2"), List.of(), Outcome.DONE, null);
        assertEquals(List.of("Call for I1", "prediction for I4"),
                actions(decide(strategies(true, null, 0), RISKS, earlier)));
        HistoryEntry skipped = new HistoryEntry(1, "earlier", AS_OF.minusDays(3), "C1", "Dunning",
                PredictionActivities.STEP, "activity", List.of("I2"), List.of(), Outcome.SKIPPED, "quiet days");
        assertEquals(List.of("Call for I1", "prediction for I2", "prediction for I4"),
                actions(decide(strategies(true, null, 0), RISKS, skipped)), "a skipped activity was not created");
    }

    @Test
    void r12AStrategyWithoutPredictionsOrWithoutThemCreatesNone() {
        assertEquals(List.of("Call for I1"), actions(decide(strategies(false, null, 0), RISKS)));
        assertEquals(List.of("Call for I1"), actions(decide(strategies(true, null, 0), PredictedRisks.NONE)));
    }

    @Test
    void r11QuietDaysHoldPredictionActivitiesToo() {
        HistoryEntry call = performed(AS_OF.minusDays(1), "Call", "activity", "I9", Outcome.DONE);
        List<String> quiet = actions(decide(strategies(true, null, 5), RISKS, call));
        assertEquals(3, quiet.size(), quiet.toString());
        quiet.forEach(action -> assertEquals(true, action.contains(" skipped: "), action));
    }

    @Test
    void r28TheExplanationGivesEachProbabilityItsReasonsAndItsFate() {
        HistoryEntry earlier = new HistoryEntry(1, "earlier", AS_OF.minusDays(3), "C1", "Dunning",
                PredictionActivities.STEP, "activity", List.of("I4"), List.of(), Outcome.DONE, null);
        assertEquals("R12: I2: 90 % likely late (paid 7 of 9 invoices late), activity fires; "
                + "I3: 50 % likely late, below the threshold of 70 %; "
                + "I4: 70 % likely late (amount 3.1× the usual), activity created on " + AS_OF.minusDays(3)
                + ", not again", predictionState(decide(strategies(true, null, 0), RISKS, earlier)));
        PredictedRisks unavailable = new PredictedRisks(Map.of(), Optional.of("no predictions: too little history"));
        assertEquals("R12: I2: no predictions: too little history; I3: no predictions: too little history; "
                + "I4: no predictions: too little history",
                predictionState(decide(strategies(true, null, 0), unavailable)));
        assertEquals("none", predictionState(decide(strategies(false, null, 0), RISKS)));
    }
}
