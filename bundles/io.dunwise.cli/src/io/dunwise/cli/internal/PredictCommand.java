package io.dunwise.cli.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.predictions.Evaluation;
import io.dunwise.predictions.PaymentPredictions;
import io.dunwise.predictions.Prediction;
import io.dunwise.predictions.PredictionsUnavailableException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise predict}: the open, not yet due invoices likely to be paid late, with the reasons (R12); with
 * {@code --evaluate}, how the model and the baseline did on the newest part of the history.
 */
@Command(name = "predict", description = "List the open, not yet due invoices likely to be paid late, with the"
        + " reasons (R12); --evaluate compares the model with the baseline on the newest fifth of the history.")
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date (default: today).")
    LocalDate asOf;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5",
            description = "List invoices whose probability of late payment is at least P, 0 to 1 (default:"
                    + " ${DEFAULT-VALUE}).")
    BigDecimal threshold;

    @Option(names = "--evaluate", description = "Train on the older four fifths of the history, test on the newest"
            + " fifth, and compare with the baseline 'late if the customer's last invoice was late'.")
    boolean evaluate;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    private final RootCommand root;
    private final LedgerStore store;
    private final PaymentPredictions predictions;

    PredictCommand(RootCommand root, LedgerStore store, PaymentPredictions predictions) {
        this.root = root;
        this.store = store;
        this.predictions = predictions;
    }

    @Override
    public Integer call() {
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw new BadInputException("--threshold " + threshold.toPlainString()
                    + " is not a probability: give a number from 0 to 1, such as 0.7");
        }
        if (evaluate && spec.commandLine().getParseResult().hasMatchedOption("--threshold")) {
            throw new BadInputException("--threshold chooses the invoices to list; --evaluate lists none");
        }
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        try (Ledger ledger = store.openExisting(root.database)) {
            if (evaluate) {
                print(predictions.evaluate(ledger, date));
            } else {
                print(predictions.predict(ledger, date), date);
            }
        } catch (PredictionsUnavailableException e) {
            spec.commandLine().getErr().println("dunwise: no predictions: " + e.getMessage());
            return ExitCode.PROBLEMS;
        }
        return ExitCode.OK;
    }

    private void print(List<Prediction> all, LocalDate date) {
        List<Prediction> risky = all.stream().filter(p -> p.isRisky(threshold.doubleValue())).toList();
        if (format == OutputFormat.json) {
            JsonArray array = new JsonArray();
            risky.forEach(prediction -> array.add(json(prediction)));
            out().println(Json.GSON.toJson(array));
            return;
        }
        Table table = new Table("invoice", "customer", "due", "open amount", "late", "reasons");
        risky.forEach(p -> table.row(p.invoiceId(), p.customerId(), p.dueDate().toString(), p.amount().toString(),
                percent(p.probability()), String.join("; ", p.reasons())));
        out().print(table.render());
        out().println(risky.size() + " of " + all.size() + " invoices open and not yet due on " + date
                + " are paid late with a probability of " + percent(threshold.doubleValue()) + " or more");
    }

    private static JsonObject json(Prediction prediction) {
        JsonObject object = new JsonObject();
        object.addProperty("invoice", prediction.invoiceId());
        object.addProperty("customer", prediction.customerId());
        object.addProperty("dueDate", prediction.dueDate().toString());
        object.addProperty("amount", prediction.amount().value());
        object.addProperty("currency", prediction.amount().currency());
        object.addProperty("probability", prediction.probability());
        JsonArray reasons = new JsonArray();
        prediction.reasons().forEach(reasons::add);
        object.add("reasons", reasons);
        return object;
    }

    private void print(Evaluation evaluation) {
        if (format == OutputFormat.json) {
            JsonObject object = new JsonObject();
            object.addProperty("asOf", evaluation.asOf().toString());
            object.addProperty("testFrom", evaluation.testFrom().toString());
            object.addProperty("trainInvoices", evaluation.trainInvoices());
            object.addProperty("testInvoices", evaluation.testInvoices());
            object.addProperty("lateShare", evaluation.lateShare());
            object.add("model", json(evaluation.model()));
            object.add("baseline", json(evaluation.baseline()));
            out().println(Json.GSON.toJson(object));
            return;
        }
        out().println("Trained on " + evaluation.trainInvoices() + " invoices dated before " + evaluation.testFrom()
                + " (as known on that date); tested on the " + evaluation.testInvoices() + " invoices dated from "
                + evaluation.testFrom() + " whose payment was known on " + evaluation.asOf() + ", "
                + percent(evaluation.lateShare()) + " of them paid late.");
        Table table = new Table("predictor", "accuracy", "AUC");
        table.row("model: logistic regression (Tribuo)", decimal(evaluation.model().accuracy()),
                decimal(evaluation.model().auc()));
        table.row("baseline: late if the last invoice was late", decimal(evaluation.baseline().accuracy()),
                decimal(evaluation.baseline().auc()));
        out().print(table.render());
    }

    private static JsonObject json(Evaluation.Score score) {
        JsonObject object = new JsonObject();
        object.addProperty("accuracy", score.accuracy());
        object.addProperty("auc", Double.isNaN(score.auc()) ? null : score.auc());
        return object;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
