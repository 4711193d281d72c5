package io.dunwise.predictions.internal;

import com.oracle.labs.mlrg.olcut.util.Pair;
import io.dunwise.predictions.PredictionsUnavailableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A logistic regression of "paid late" on the payment features, trained by Tribuo's stochastic gradient descent
 * with a fixed seed: the same examples in the same order give the same model. Features are standardised with the
 * training set's mean and deviation, so that a weight times a standardised value is that feature's contribution to
 * the log-odds of paying late — the prediction's reasons.
 */
final class LatePaymentModel {

    static final Label LATE = new Label("late");
    static final Label ON_TIME = new Label("onTime");

    private static final int EPOCHS = 10;
    private static final long SEED = 20261123L;

    /** A feature's push towards paying late (positive) or on time (negative), in log-odds. */
    record Contribution(int feature, double logOdds) {
    }

    private final LinearSGDModel model;
    private final double[] mean;
    private final double[] deviation;
    private final double[] lateWeights;

    private LatePaymentModel(LinearSGDModel model, double[] mean, double[] deviation) {
        this.model = model;
        this.mean = mean;
        this.deviation = deviation;
        this.lateWeights = lateWeights(model);
    }

    /**
     * @param features the examples' features
     * @param late     whether each was paid late
     * @throws PredictionsUnavailableException without an example of each kind
     */
    static LatePaymentModel train(List<PaymentFeatures> features, List<Boolean> late) {
        long lateCount = late.stream().filter(Boolean::booleanValue).count();
        if (lateCount == 0 || lateCount == late.size()) {
            throw new PredictionsUnavailableException("the payment history has " + late.size() + " invoices whose "
                    + "payment is known, " + (lateCount == 0 ? "none" : "all") + " of them paid late: a model needs "
                    + "invoices paid late and invoices paid on time to learn from");
        }
        int width = PaymentFeatures.NAMES.size();
        double[] mean = new double[width];
        double[] deviation = new double[width];
        features.forEach(example -> add(mean, example.values()));
        for (int i = 0; i < width; i++) {
            mean[i] /= features.size();
        }
        for (PaymentFeatures example : features) {
            double[] values = example.values();
            for (int i = 0; i < width; i++) {
                deviation[i] += (values[i] - mean[i]) * (values[i] - mean[i]);
            }
        }
        for (int i = 0; i < width; i++) {
            double sd = Math.sqrt(deviation[i] / features.size());
            deviation[i] = sd > 1e-9 ? sd : 1;
        }
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("Dunwise payment history", labels), labels);
        for (int i = 0; i < features.size(); i++) {
            dataset.add(example(late.get(i) ? LATE : ON_TIME, standardised(features.get(i).values(), mean, deviation)));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1), EPOCHS, -1, 1,
                SEED);
        return new LatePaymentModel((LinearSGDModel) trainer.train(dataset), mean, deviation);
    }

    /** The probability of paying late. */
    double probability(PaymentFeatures features) {
        Map<String, Label> scores = model.predict(example(LATE, standardised(features.values(), mean, deviation)))
                .getOutputScores();
        return scores.get(LATE.getLabel()).getScore();
    }

    /** Each feature's contribution, the strongest push towards paying late first. */
    List<Contribution> contributions(PaymentFeatures features) {
        double[] values = standardised(features.values(), mean, deviation);
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            contributions.add(new Contribution(i, lateWeights[i] * values[i]));
        }
        contributions.sort(Comparator.comparingDouble(Contribution::logOdds).reversed());
        return contributions;
    }

    /** Weights of "late" minus those of "on time": with two labels, the log-odds of paying late per unit. */
    private static double[] lateWeights(LinearSGDModel model) {
        Map<String, List<Pair<String, Double>>> weights = model.getTopFeatures(-1);
        double[] late = new double[PaymentFeatures.NAMES.size()];
        add(late, weights.get(LATE.getLabel()), 1);
        add(late, weights.get(ON_TIME.getLabel()), -1);
        return late;
    }

    private static void add(double[] into, List<Pair<String, Double>> weights, int sign) {
        for (Pair<String, Double> weight : weights) {
            int feature = PaymentFeatures.NAMES.indexOf(weight.getA());
            if (feature >= 0) {
                into[feature] += sign * weight.getB();
            }
        }
    }

    private static void add(double[] into, double[] values) {
        for (int i = 0; i < values.length; i++) {
            into[i] += values[i];
        }
    }

    private static double[] standardised(double[] values, double[] mean, double[] deviation) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (values[i] - mean[i]) / deviation[i];
        }
        return result;
    }

    private static Example<Label> example(Label label, double[] values) {
        return new ArrayExample<>(label, PaymentFeatures.NAMES.toArray(String[]::new), values);
    }
}
