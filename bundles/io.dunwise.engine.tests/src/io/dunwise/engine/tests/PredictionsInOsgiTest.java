package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Template;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.engine.PlannedAction;
import io.dunwise.engine.Progress;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import io.dunwise.predictions.PaymentPredictions;
import io.dunwise.predictions.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * R12 with the real predictions service and store: a strategy that uses predictions creates the parameters'
 * activity for the risky invoices, a simulation shows exactly what the run records (R17), and the handler gets
 * the prediction activity's template and the invoice.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class PredictionsInOsgiTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final String STRATEGIES = """
            parameters { prediction activity RiskCall prediction threshold 0.6 }
            activity RiskCall "Call before the due date" type call details "Call about {{invoice.id}}"
            pool Everyone "everyone"
            strategy Watch "watch" rank 1 pool Everyone predictions {
            	step "Letter" letter 30 days after due
            }
            """;

    @InjectService(timeout = 10_000)
    CollectionEngine engine;

    @InjectService(timeout = 10_000)
    CollectionRuns runs;

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @InjectService(timeout = 10_000)
    PaymentPredictions predictions;

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path work;

    /** Customers LATE… pay 80 % of their invoices 20 days late, ON… pay 90 % a week early; each has one new one. */
    private static void ledgerWithHistory(Ledger ledger) {
        Random random = new Random(3);
        try (LedgerLoad load = ledger.startOver()) {
            for (int c = 1; c <= 40; c++) {
                String id = (c % 2 == 0 ? "LATE" : "ON") + c;
                load.customer(new Customer(id, id, "CORP", "SE", "EUR", "en", null, null, false, Map.of()));
                for (int n = 1; n <= 10; n++) {
                    LocalDate dated = TODAY.minusDays(30L * n + 40);
                    Amount amount = Amount.of(Integer.toString(500 + random.nextInt(500)), "EUR");
                    boolean late = random.nextInt(10) < (c % 2 == 0 ? 8 : 1);
                    String invoice = id + "-" + n;
                    load.invoice(new Invoice(invoice, id, dated, dated.plusDays(30), amount, Amount.of("0", "EUR"),
                            InvoiceStatus.OPEN));
                    load.payment(new Payment("P" + invoice, id, dated.plusDays(late ? 50 : 23), amount, "BANK",
                            List.of(new Settlement(invoice, amount))));
                }
                load.invoice(new Invoice(id + "-NEW", id, TODAY.minusDays(5), TODAY.plusDays(25),
                        Amount.of("800", "EUR"), Amount.of("800", "EUR"), InvoiceStatus.OPEN));
            }
            load.commit();
        }
    }

    @Test
    void r12r17RiskyInvoicesGetThePredictionActivityAsSimulatedAndOnlyOnce() throws IOException {
        Path folder = Files.createDirectories(work.resolve("strategies"));
        Files.writeString(folder.resolve("watch.dun"), STRATEGIES);
        StrategySet set = loader.load(List.of(folder));
        assertEquals(List.of(), set.diagnostics());
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            ledgerWithHistory(ledger);
            List<PlannedAction> simulated = engine.simulate(set.strategies(), ledger, TODAY);
            List<String> risky = simulated.stream().map(action -> action.invoiceIds().get(0)).sorted().toList();
            assertEquals(predictions.predict(ledger, TODAY).stream().filter(prediction -> prediction.isRisky(0.6))
                    .map(Prediction::invoiceId).sorted().toList(), risky, "the invoices at or above the threshold");
            assertTrue(risky.size() > 10 && risky.stream().allMatch(invoice -> invoice.startsWith("LATE")),
                    "the habitual late payers' new invoices: " + risky);
            assertTrue(simulated.stream().allMatch(action -> action.step().equals("prediction")
                    && action.actionType().equals("activity")), simulated.toString());

            List<String> run = runs.run(set.strategies(), ledger, TODAY, Progress.NONE).entries().stream()
                    .map(entry -> String.join(" ", entry.customerId(), entry.strategy(), entry.step(),
                            entry.actionType(), String.join("+", entry.invoiceIds())))
                    .toList();
            assertEquals(simulated.stream().map(action -> String.join(" ", action.customerId(), action.strategy(),
                    action.step(), action.actionType(), String.join("+", action.invoiceIds()))).toList(), run,
                    "R17: the run records what the simulation showed");
            List<ActionRequest> performed = handlers.performed();
            assertEquals(risky.size(), performed.size());
            for (ActionRequest request : performed) {
                assertEquals("RiskCall", ((Template.Activity) request.document().orElseThrow()).name());
                assertEquals(request.customerId() + "-NEW", request.invoice().orElseThrow().id(), "linked (R13)");
            }
            assertEquals(List.of(), engine.simulate(set.strategies(), ledger, TODAY.plusDays(1)),
                    "once per invoice");
        }
    }
}
