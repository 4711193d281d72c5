package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import io.dunwise.predictions.PaymentPredictions;
import io.dunwise.predictions.Prediction;
import io.dunwise.predictions.PredictionsUnavailableException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The payment predictions a simulation, a run or an explanation decides with (R12): made once for the ledger and
 * date, and only when a strategy of the set uses predictions. The model is trained with a fixed seed on the
 * ledger's history before the date, so a simulation and the run of that date see the same predictions (R17).
 */
final class PredictedRisks {

    /** No predictions: no strategy uses them, or there is no ledger to learn from (strategy tests). */
    static final PredictedRisks NONE = new PredictedRisks(Map.of(), Optional.of("no predictions were made"));

    private final Map<String, Prediction> byInvoice;
    private final Optional<String> unavailable;

    PredictedRisks(Map<String, Prediction> byInvoice, Optional<String> unavailable) {
        this.byInvoice = byInvoice;
        this.unavailable = unavailable;
    }

    static PredictedRisks of(List<Strategy> strategies, Ledger ledger, LocalDate asOf,
            PaymentPredictions predictions) {
        if (strategies.stream().noneMatch(Strategy::isUsePredictions)) {
            return NONE;
        }
        try {
            return new PredictedRisks(predictions.predict(ledger, asOf).stream()
                    .collect(Collectors.toMap(Prediction::invoiceId, Function.identity())), Optional.empty());
        } catch (PredictionsUnavailableException e) {
            return new PredictedRisks(Map.of(), Optional.of("no predictions: " + e.getMessage()));
        }
    }

    Optional<Prediction> of(String invoiceId) {
        return Optional.ofNullable(byInvoice.get(invoiceId));
    }

    /** Why there are no predictions, when there are none. */
    Optional<String> unavailable() {
        return unavailable;
    }
}
