package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.engine.PlannedAction;
import io.dunwise.engine.Progress;
import io.dunwise.engine.RunReport;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Hold;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.api.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * R17 as a property: on random ledgers, day after day, a simulation gives exactly the actions the run of the same
 * day then records; and R16: a run that dies half-way, started again, loses no action and performs none twice.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class SimulationEqualsRunTest {

    private static final LocalDate DUE = LocalDate.parse("2026-10-01");

    @InjectService(timeout = 10_000)
    CollectionEngine engine;

    @InjectService(timeout = 10_000)
    CollectionRuns runs;

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path work;

    /** A random ledger: groups, holds, manual assignments, open, settled, disputed, promised and broken promises. */
    static void randomLedger(Ledger ledger, long seed, int customers) {
        Random random = new Random(seed);
        try (LedgerLoad load = ledger.startOver()) {
            for (int c = 1; c <= customers; c++) {
                String id = String.format("C%03d", c);
                load.customer(new Customer(id, "Customer " + c, random.nextInt(3) == 0 ? "RETAIL" : "CORP",
                        random.nextInt(5) == 0 ? "US" : "SE", "EUR", "en", null, "SG1", random.nextInt(15) == 0,
                        Map.of()));
                int invoices = random.nextInt(5);
                for (int i = 1; i <= invoices; i++) {
                    LocalDate due = DUE.plusDays(random.nextInt(81) - 40);
                    String open = random.nextInt(6) == 0 ? "0" : Integer.toString(50 + random.nextInt(2000));
                    int kind = random.nextInt(8);
                    InvoiceStatus status = kind == 0 ? InvoiceStatus.DISPUTED : kind == 1 ? InvoiceStatus.PROMISED
                            : InvoiceStatus.OPEN;
                    load.invoice(new Invoice(id + "-I" + i, id, due.minusDays(random.nextInt(40)), due,
                            Amount.of("2050", "EUR"), Amount.of(open, "EUR"), status,
                            status == InvoiceStatus.PROMISED ? due.plusDays(random.nextInt(30)) : null,
                            status == InvoiceStatus.PROMISED ? Amount.of(open, "EUR") : null));
                }
            }
            load.commit();
        }
        for (int c = 1; c <= customers; c++) {
            String id = String.format("C%03d", c);
            if (random.nextInt(12) == 0) {
                ledger.customers().hold(id, new Hold("random hold", DUE.plusDays(random.nextInt(40) - 10)));
            }
            if (random.nextInt(12) == 0) {
                ledger.customers().assign(id, random.nextBoolean() ? "Rest" : "CorporateDunning");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void r17aSimulationGivesExactlyTheActionsOfTheRunOfTheSameDay(long seed) throws IOException {
        StrategySet set = TestStrategies.load(loader, work);
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            randomLedger(ledger, seed, 40);
            int actions = 0;
            for (LocalDate day = DUE.minusDays(10); day.isBefore(DUE.plusDays(60)); day = day.plusDays(1)) {
                List<String> simulated = engine.simulate(set.strategies(), ledger, day).stream()
                        .map(SimulationEqualsRunTest::describe).toList();
                RunReport report = runs.run(set.strategies(), ledger, day, Progress.NONE);
                List<String> run = report.entries().stream().map(SimulationEqualsRunTest::describe).toList();
                assertEquals(simulated, run, "seed " + seed + ", " + day);
                actions += run.size();
            }
            assertTrue(actions > 40, "the random ledger gives the engine work: " + actions + " actions");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 30})
    void r16aRunThatDiesHalfWayAndIsStartedAgainLosesNothingAndRepeatsNothing(int dieAt) throws IOException {
        StrategySet set = TestStrategies.load(loader, work);
        LocalDate day = DUE.plusDays(12);
        List<String> reference;
        try (Ledger twin = store.open(work.resolve("twin").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            randomLedger(twin, 4, 120);
            runs.run(set.strategies(), twin, day, Progress.NONE);
            reference = performed(twin, day);
        }
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            randomLedger(ledger, 4, 120);
            int[] calls = {0};
            handlers.behave(request -> {
                if (++calls[0] == dieAt) {
                    throw new OutOfMemoryError("the process dies here");
                }
                return ActionOutcome.done("");
            });
            try {
                runs.run(set.strategies(), ledger, day, Progress.NONE);
            } catch (OutOfMemoryError expected) {
                // the run is gone; what it wrote is in the history
            }
            assertFalse(ledger.history().pending().isEmpty(), "the dead run left actions in the outbox");
            handlers.behave(request -> ActionOutcome.done(""));
            RunReport restarted = runs.run(set.strategies(), ledger, day, Progress.NONE);
            assertFalse(restarted.resumed().isEmpty(), "the restarted run completes the outbox first");
            assertEquals(reference, performed(ledger, day), "the same actions as a run that did not die");
            assertEquals(List.of(), ledger.history().pending());
            List<String> ids = handlers.performed().stream().map(request -> request.actionId()).toList();
            assertEquals(ids.stream().distinct().count(), ids.size(), "no action handed over twice");
            assertEquals(reference.stream().filter(action -> action.contains(" performed ")).count(), ids.size(),
                    "every action performed once");
        }
    }

    @Test
    void r16AnActionToRetryStaysInTheOutboxUntilALaterRunPerformsIt() throws IOException {
        StrategySet set = TestStrategies.load(loader, work);
        LocalDate day = DUE.plusDays(12);
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            randomLedger(ledger, 5, 60);
            handlers.behave(request -> request.strategy().equals("Rest")
                    ? ActionOutcome.retryLater("mail server down") : ActionOutcome.done(""));
            RunReport first = runs.run(set.strategies(), ledger, day, Progress.NONE);
            long waiting = first.entries().stream().filter(entry -> entry.outcome() == Outcome.PENDING).count();
            assertTrue(waiting > 0, "some actions wait");
            assertEquals(waiting, ledger.history().pending().size());
            handlers.behave(request -> ActionOutcome.done(""));
            RunReport next = runs.run(set.strategies(), ledger, day.plusDays(1), Progress.NONE);
            assertEquals(waiting, next.resumed().size());
            assertTrue(next.resumed().stream().allMatch(entry -> entry.outcome() == Outcome.DONE));
            assertEquals(List.of(), ledger.history().pending());
        }
    }

    /** What the history holds for a day, without ids and run ids: the actions as performed. */
    private static List<String> performed(Ledger ledger, LocalDate day) {
        List<String> all = new ArrayList<>();
        ledger.customers().forEach(customer -> ledger.history().ofCustomer(customer.id()).stream()
                .filter(entry -> entry.date().equals(day)).map(SimulationEqualsRunTest::describe).forEach(all::add));
        return all;
    }

    private static String describe(PlannedAction action) {
        return Stream.of(action.customerId(), action.strategy(), action.step(), action.actionType(),
                String.join("+", action.invoiceIds()), action.isToPerform() ? "performed" : action.outcome().name(),
                action.reason()).map(String::valueOf).reduce((a, b) -> a + " " + b).orElseThrow();
    }

    private static String describe(HistoryEntry entry) {
        boolean performed = entry.outcome() == Outcome.DONE && entry.step() != null;
        return Stream.of(entry.customerId(), entry.strategy(), entry.step(), entry.actionType(),
                String.join("+", entry.invoiceIds()), performed ? "performed" : entry.outcome().name(),
                performed ? null : entry.reason()).map(String::valueOf).reduce((a, b) -> a + " " + b).orElseThrow();
    }
}
