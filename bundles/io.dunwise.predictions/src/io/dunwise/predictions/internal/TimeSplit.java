package io.dunwise.predictions.internal;

import io.dunwise.predictions.Evaluation;
import io.dunwise.predictions.Evaluation.Score;
import io.dunwise.predictions.PredictionsUnavailableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * Evaluation by time, as the model is used: the invoices known before the date are ordered by invoice date; the
 * newest fifth is the test part. The model learns from the older invoices as they were known on the first test
 * date (an invoice paid after that date is late only if it was overdue by then, else it is left out), and the
 * baseline says "late" when the customer's last known invoice was late. Both are scored on the same test invoices.
 */
final class TimeSplit {

    static final double TEST_SHARE = 0.2;
    /** Fewer test invoices than this give accuracy and AUC too coarse to compare. */
    static final int FEWEST_TEST_INVOICES = 20;

    private TimeSplit() {
    }

    static Evaluation evaluate(List<InvoiceExample> examples, LocalDate asOf) {
        List<InvoiceExample> known = examples.stream()
                .filter(example -> example.lateAsKnownBefore(asOf).isPresent())
                .sorted(Comparator.comparing((InvoiceExample example) -> example.invoice().invoiceDate())
                        .thenComparing(example -> example.invoice().invoiceId()))
                .toList();
        int testSize = (int) Math.round(known.size() * TEST_SHARE);
        if (testSize < FEWEST_TEST_INVOICES) {
            throw new PredictionsUnavailableException("the payment history before " + asOf + " has " + known.size()
                    + " invoices whose payment is known; an evaluation needs at least "
                    + (int) Math.ceil(FEWEST_TEST_INVOICES / TEST_SHARE));
        }
        LocalDate testFrom = known.get(known.size() - testSize).invoice().invoiceDate();
        List<PaymentFeatures> trainFeatures = new ArrayList<>();
        List<Boolean> trainLabels = new ArrayList<>();
        for (InvoiceExample example : known) {
            if (example.invoice().invoiceDate().isBefore(testFrom)) {
                Optional<Boolean> late = example.lateAsKnownBefore(testFrom);
                late.ifPresent(label -> {
                    trainFeatures.add(example.features());
                    trainLabels.add(label);
                });
            }
        }
        LatePaymentModel model = LatePaymentModel.train(trainFeatures, trainLabels);
        List<InvoiceExample> test = known.stream()
                .filter(example -> !example.invoice().invoiceDate().isBefore(testFrom)).toList();
        boolean[] late = new boolean[test.size()];
        double[] modelScores = new double[test.size()];
        double[] baselineScores = new double[test.size()];
        for (int i = 0; i < test.size(); i++) {
            InvoiceExample example = test.get(i);
            late[i] = example.lateAsKnownBefore(asOf).orElseThrow();
            modelScores[i] = model.probability(example.features());
            baselineScores[i] = example.features().lastLate() ? 1 : 0;
        }
        int lateCount = 0;
        for (boolean each : late) {
            lateCount += each ? 1 : 0;
        }
        return new Evaluation(asOf, testFrom, trainLabels.size(), test.size(), (double) lateCount / test.size(),
                score(late, modelScores), score(late, baselineScores));
    }

    /** Accuracy with "late" from one half up, and the AUC (Tribuo's, ties counted half). */
    static Score score(boolean[] late, double[] scores) {
        int right = 0;
        for (int i = 0; i < late.length; i++) {
            right += (scores[i] >= 0.5) == late[i] ? 1 : 0;
        }
        boolean bothKinds = false;
        for (boolean each : late) {
            bothKinds |= each != late[0];
        }
        double auc = bothKinds ? LabelEvaluationUtil.binaryAUCROC(late, scores) : Double.NaN;
        return new Score((double) right / late.length, auc);
    }
}
