package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The engine, the store and the language as Declarative Services in a running OSGi framework: the services are
 * injected, not constructed, so these tests fail when a component does not activate or a reference is missing.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class SimulationInOsgiTest {

    private static final LocalDate DUE = LocalDate.parse("2026-10-01");

    @InjectService(timeout = 10_000)
    CollectionEngine engine;

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @InjectBundleContext
    BundleContext bundleContext;

    @TempDir
    Path work;

    private static Customer customer(String id, String group) {
        return new Customer(id, "Customer " + id, group, "SE", "EUR", "sv", null, "SG1", false, Map.of());
    }

    private static Invoice invoice(String id, String customer, LocalDate due, String open) {
        return new Invoice(id, customer, due.minusDays(30), due, Amount.of("500", "EUR"), Amount.of(open, "EUR"),
                InvoiceStatus.OPEN);
    }

    private StrategySet strategies() throws IOException {
        return TestStrategies.load(loader, work);
    }

    @Test
    void strategiesAcrossFilesLoadWithoutProblems() throws IOException {
        StrategySet set = strategies();
        assertEquals(List.of(), set.diagnostics());
        assertEquals(2, set.strategies().size());
        assertEquals("Corporate", set.strategies().get(0).getPool().getName(), "pool from the other file resolves");
    }

    @Test
    void simulationOnAnEmbeddedLedgerFollowsTheRules() throws IOException {
        StrategySet set = strategies();
        try (Ledger ledger = store.open(work.resolve("db").toString())) {
            try (LedgerLoad load = ledger.startOver()) {
                List.of(customer("C1", "CORP"), customer("C2", "RETAIL"),
                        new Customer("C3", "On hold", "CORP", "SE", "EUR", "sv", null, "SG1", true, Map.of()))
                        .forEach(load::customer);
                List.of(invoice("I1", "C1", DUE, "500"), invoice("I2", "C1", DUE.plusDays(20), "500"),
                        invoice("I3", "C2", DUE, "500"), invoice("I4", "C3", DUE, "500")).forEach(load::invoice);
                load.commit();
            }

            List<PlannedAction> actions = engine.simulate(set.strategies(), ledger, DUE.plusDays(15));

            // R5: C1 is in CorporateDunning (rank 1), C2 falls to Rest, C3 is on hold and gets nothing.
            // R7/R9: C1's leading invoice I1 is 15 days overdue: the current step is "Call" (offset 10).
            // R10: I2 falls due in 5 days: the pre-dunning notice goes out for I2 alone.
            assertEquals(List.of(
                    "C1 CorporateDunning Heads-up email [I2]",
                    "C1 CorporateDunning Call activity [I1]",
                    "C2 Rest Letter letter [I3]"),
                    actions.stream().map(a -> a.customerId() + " " + a.strategy() + " " + a.step() + " "
                            + a.actionType() + " " + a.invoiceIds()).toList());
        }
    }

    @Test
    void r18_theEngineTracksInstalledActionHandlers() {
        assertFalse(engine.actionTypes().contains("sms"));
        ServiceRegistration<ActionHandler> registration = bundleContext.registerService(ActionHandler.class,
                new SmsHandler(), null);
        try {
            assertTrue(engine.actionTypes().contains("sms"), "a handler registered at run time is seen at once");
        } finally {
            registration.unregister();
        }
        assertFalse(engine.actionTypes().contains("sms"), "and forgotten when its bundle goes away");
    }

    /** A plug-in's handler, as a consultant would write it. */
    private static final class SmsHandler implements ActionHandler {
        @Override
        public String type() {
            return "sms";
        }

        @Override
        public String description() {
            return "Text message to the customer";
        }

        @Override
        public List<ActionParameter> parameters() {
            return List.of(ActionParameter.required("template", ActionParameter.Kind.TEXT, "the text template"));
        }

        @Override
        public ActionOutcome perform(ActionRequest request) {
            return ActionOutcome.done("sent");
        }
    }
}
