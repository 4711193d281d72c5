package io.dunwise.predictions;

import io.dunwise.ledger.api.Ledger;
import java.time.LocalDate;
import java.util.List;

/**
 * Predicts late payment from the ledger's payment history (R12, spec section 8). Learns from every invoice whose
 * outcome was known before the date — paid on time, paid late, or still open after its due date — with features
 * taken only from what was known of its customer before the invoice's own date. The same ledger and date give the
 * same predictions, so that a simulation and the run of that date agree (R17).
 */
public interface PaymentPredictions {

    /**
     * Every invoice open and not yet due on {@code asOf} (dated on or before it, due on or after it), with the
     * probability that it will be paid late and the main reasons; most likely late first.
     *
     * @throws PredictionsUnavailableException when the history before {@code asOf} has no invoice paid late or none
     *                                         paid on time, so there is nothing to learn from
     */
    List<Prediction> predict(Ledger ledger, LocalDate asOf);

    /**
     * Trains on the older four fifths of the history known before {@code asOf} (by invoice date) and tests on the
     * newest fifth, against the baseline "late if the customer's last invoice was late".
     *
     * @throws PredictionsUnavailableException when the history is too short to split
     */
    Evaluation evaluate(Ledger ledger, LocalDate asOf);
}
