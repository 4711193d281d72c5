package io.dunwise.engine.internal;

import io.dunwise.engine.Decision.StepState;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.Parameters;
import io.dunwise.model.Strategy;
import io.dunwise.predictions.Prediction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * R12: in a strategy that uses predictions, every chased invoice not yet due whose probability of late payment
 * reaches the set's threshold, and that has had no prediction activity, gets an activity from the set's
 * prediction activity template, linked to that invoice (R13). The history records it as the step
 * {@value #STEP}, once per invoice whatever the strategy.
 */
final class PredictionActivities {

    /** The step name prediction activities are recorded under. */
    static final String STEP = "prediction";
    /** The threshold when the parameters set none (R25). */
    static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.7");

    private final PredictedRisks risks;
    private final BigDecimal threshold;

    PredictionActivities(Optional<Parameters> parameters, PredictedRisks risks) {
        this.risks = risks;
        this.threshold = parameters.map(Parameters::getPredictionThreshold).orElse(DEFAULT_THRESHOLD);
    }

    /** The activities due for {@code chased} invoices on {@code asOf}. */
    List<PlannedAction> due(String customerId, Strategy strategy, List<Invoice> chased, LocalDate asOf,
            AccountHistory history) {
        if (!strategy.isUsePredictions()) {
            return List.of();
        }
        List<PlannedAction> due = new ArrayList<>();
        for (Invoice invoice : chased) {
            Optional<Prediction> prediction = risky(invoice, asOf);
            if (prediction.isPresent() && history.performedInAnyStrategy(STEP, invoice.id()).isEmpty()) {
                due.add(new PlannedAction(customerId, strategy.getName(), STEP, "activity", List.of(invoice.id()),
                        asOf, Outcome.PENDING, null));
            }
        }
        return due;
    }

    /** The state of predictions for the explanation (R28): each not yet due invoice, its probability and fate. */
    Optional<StepState> state(Strategy strategy, List<Invoice> chased, LocalDate asOf, AccountHistory history,
            List<PlannedAction> decided) {
        if (!strategy.isUsePredictions()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        for (Invoice invoice : chased) {
            if (invoice.dueDate().isBefore(asOf)) {
                continue;
            }
            Optional<Prediction> prediction = risks.of(invoice.id());
            if (prediction.isEmpty()) {
                notes.add(invoice.id() + ": " + risks.unavailable().orElse("not predicted"));
                continue;
            }
            String odds = percent(prediction.get().probability()) + " likely late";
            Optional<LocalDate> done = history.performedInAnyStrategy(STEP, invoice.id());
            String fate;
            if (!prediction.get().isRisky(threshold.doubleValue())) {
                fate = "below the threshold of " + percent(threshold.doubleValue());
            } else if (done.isPresent()) {
                fate = "activity created on " + done.get() + ", not again";
            } else {
                fate = decided.stream().filter(action -> STEP.equals(action.step())
                        && action.invoiceIds().get(0).equals(invoice.id())).findFirst()
                        .map(action -> action.isToPerform() ? "activity fires" : "skipped, " + action.reason())
                        .orElse("not due");
            }
            String reasons = prediction.get().reasons().isEmpty() ? ""
                    : " (" + String.join("; ", prediction.get().reasons()) + ")";
            notes.add(invoice.id() + ": " + odds + reasons + ", " + fate);
        }
        String state = notes.isEmpty() ? "no chased invoice is still to fall due" : String.join("; ", notes);
        return Optional.of(new StepState(STEP, "activity", false, Optional.empty(), "R12: " + state));
    }

    private Optional<Prediction> risky(Invoice invoice, LocalDate asOf) {
        if (invoice.dueDate().isBefore(asOf)) {
            return Optional.empty();
        }
        return risks.of(invoice.id()).filter(prediction -> prediction.isRisky(threshold.doubleValue()));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
