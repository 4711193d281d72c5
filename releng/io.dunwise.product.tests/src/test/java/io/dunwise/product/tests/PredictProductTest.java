package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code dunwise predict} in the product, on the demo ledger's payment history (R12, spec section 8). */
class PredictProductTest {

    private static final String AS_OF = "2026-11-22";

    private static Product product;

    @BeforeAll
    static void demoLedger() throws Exception {
        product = Product.unpack("dunwise", "predict");
        Product.Result demo = product.dunwise("demo", "--customers", "100", "--seed", "1", "--as-of", AS_OF);
        assertEquals(0, demo.exitCode(), demo::toString);
    }

    @Test
    void r12EvaluateComparesTheModelWithTheBaselineOnTheNewestFifth() throws Exception {
        Product.Result json = product.dunwise("predict", "--evaluate", "--as-of", AS_OF, "--format", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonObject evaluation = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(Set.of("asOf", "testFrom", "trainInvoices", "testInvoices", "lateShare", "model", "baseline"),
                evaluation.keySet());
        int train = evaluation.get("trainInvoices").getAsInt();
        int test = evaluation.get("testInvoices").getAsInt();
        assertTrue(test >= 100 && train > 2 * test, "months of history: " + json.out());
        Product.Result table = product.dunwise("predict", "--evaluate", "--as-of", AS_OF);
        assertEquals(0, table.exitCode(), table::toString);
        for (String predictor : List.of("model", "baseline")) {
            JsonObject score = evaluation.getAsJsonObject(predictor);
            double accuracy = score.get("accuracy").getAsDouble();
            double auc = score.get("auc").getAsDouble();
            assertTrue(accuracy >= 0 && accuracy <= 1 && auc >= 0 && auc <= 1, json.out());
            String row = table.out().lines().filter(line -> line.startsWith(predictor + ":")).findFirst()
                    .orElseThrow(() -> new AssertionError(table.toString()));
            assertTrue(row.endsWith(String.format(Locale.ROOT, "%.3f     %.3f", accuracy, auc)),
                    "the table shows the same figures: " + row + " / " + json.out());
        }
        assertTrue(table.out().contains("tested on the " + test + " invoices dated from "
                + evaluation.get("testFrom").getAsString()), table::toString);
    }

    @Test
    void r12RiskyInvoicesAreOpenNotYetDueAndCarryTheirReasons() throws Exception {
        Product.Result json = product.dunwise("predict", "--as-of", AS_OF, "--threshold", "0.6", "--format", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonArray predictions = JsonParser.parseString(json.out()).getAsJsonArray();
        assertTrue(predictions.size() > 0, "the demo has risky invoices: " + json);
        for (JsonElement element : predictions) {
            JsonObject prediction = element.getAsJsonObject();
            assertTrue(prediction.get("probability").getAsDouble() >= 0.6, prediction.toString());
            assertTrue(prediction.get("dueDate").getAsString().compareTo(AS_OF) >= 0, prediction.toString());
            JsonArray reasons = prediction.getAsJsonArray("reasons");
            assertTrue(reasons.size() >= 1 && reasons.size() <= 3, prediction.toString());
        }
        Product.Result table = product.dunwise("predict", "--as-of", AS_OF, "--threshold", "0.6");
        assertTrue(table.out().contains(predictions.size() + " of "), table::toString);
    }

    @Test
    void r12BadInputIsRefusedWithExitCode2() throws Exception {
        Product.Result threshold = product.dunwise("predict", "--threshold", "2");
        assertEquals(2, threshold.exitCode(), threshold::toString);
        assertTrue(threshold.err().contains("--threshold 2 is not a probability"), threshold::toString);
        Product.Result date = product.dunwise("predict", "--evaluate", "--as-of", "22/11/2026");
        assertEquals(2, date.exitCode(), date::toString);
        assertTrue(date.err().contains("'22/11/2026'"), date::toString);
    }
}
