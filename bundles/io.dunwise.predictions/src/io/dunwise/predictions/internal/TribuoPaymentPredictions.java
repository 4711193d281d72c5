package io.dunwise.predictions.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.predictions.Evaluation;
import io.dunwise.predictions.PaymentPredictions;
import io.dunwise.predictions.Prediction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Component;

/**
 * Payment predictions as a Declarative Services component: a model trained on the ledger's payment history for the
 * date asked, then applied to the invoices open and not yet due on that date.
 */
@Component(service = PaymentPredictions.class)
public class TribuoPaymentPredictions implements PaymentPredictions {

    /**
     * Tribuo reports each training on the INFO level, which would land on the command line's standard error; kept
     * here because java.util.logging holds its loggers weakly and would forget the level.
     */
    private final Logger tribuoLog = Logger.getLogger("org.tribuo");

    public TribuoPaymentPredictions() {
        tribuoLog.setLevel(Level.WARNING);
    }

    @Override
    public List<Prediction> predict(Ledger ledger, LocalDate asOf) {
        return predict(PaymentExamples.of(ledger.paymentHistory(), asOf), asOf);
    }

    static List<Prediction> predict(List<InvoiceExample> examples, LocalDate asOf) {
        List<PaymentFeatures> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (InvoiceExample example : examples) {
            example.lateAsKnownBefore(asOf).ifPresent(late -> {
                features.add(example.features());
                labels.add(late);
            });
        }
        LatePaymentModel model = LatePaymentModel.train(features, labels);
        return examples.stream().filter(example -> example.isOpenAndNotDueOn(asOf))
                .map(example -> new Prediction(example.invoice().invoiceId(), example.invoice().customerId(),
                        example.invoice().dueDate(), example.invoice().amount(),
                        model.probability(example.features()),
                        Reasons.of(example.features(), model.contributions(example.features()))))
                .sorted(Comparator.comparingDouble(Prediction::probability).reversed()
                        .thenComparing(Prediction::invoiceId))
                .toList();
    }

    @Override
    public Evaluation evaluate(Ledger ledger, LocalDate asOf) {
        return TimeSplit.evaluate(PaymentExamples.of(ledger.paymentHistory(), asOf), asOf);
    }
}
