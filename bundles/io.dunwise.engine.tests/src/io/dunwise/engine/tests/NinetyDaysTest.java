package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionRuns;
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
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A run every day for 90 days on a small ledger, through the real store and handlers registered as services; every
 * day's actions checked against expectations worked out by hand from the spec (comments give the arithmetic).
 * Strategies: resources/strategies (CorporateDunning: heads-up 5 days before due as pre-dunning, reminder +3,
 * call +10, letter +30, 2 quiet days; Rest: letter +14).
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class NinetyDaysTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-09-20");
    private static final LocalDate SETTLED = LocalDate.parse("2026-10-25");

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

    private static LocalDate d(String monthDay) {
        return LocalDate.parse("2026-" + monthDay);
    }

    private static Customer customer(String id, String group) {
        return new Customer(id, "Customer " + id, group, "SE", "EUR", "en", null, "SG1", false, Map.of());
    }

    private static Invoice invoice(String id, String customer, String due, InvoiceStatus status) {
        return new Invoice(id, customer, d(due).minusDays(30), d(due), Amount.of("500", "EUR"),
                Amount.of("500", "EUR"), status);
    }

    /** The ledger as imported; from 10-25 on, I1 is settled. */
    static void load(LedgerLoad load, boolean i1Settled) {
        List.of(customer("C1", "CORP"), customer("C2", "RETAIL"),
                new Customer("C3", "Customer C3", "CORP", "SE", "EUR", "en", null, "SG1", true, Map.of()),
                customer("C4", "CORP"), customer("C5", "CORP"), customer("C6", "CORP"), customer("C7", "RETAIL"),
                customer("C8", "CORP")).forEach(load::customer);
        Invoice i1 = invoice("I1", "C1", "10-01", InvoiceStatus.OPEN);
        load.invoice(i1Settled ? new Invoice("I1", "C1", i1.invoiceDate(), i1.dueDate(), i1.amount(),
                Amount.of("0", "EUR"), InvoiceStatus.OPEN) : i1);
        load.invoice(invoice("I2", "C1", "10-20", InvoiceStatus.OPEN));
        load.invoice(invoice("I3", "C2", "10-05", InvoiceStatus.OPEN));
        load.invoice(invoice("I4", "C3", "10-01", InvoiceStatus.OPEN));
        load.invoice(invoice("I5", "C4", "10-10", InvoiceStatus.DISPUTED));
        load.invoice(new Invoice("I6", "C4", d("10-02"), d("11-01"), Amount.of("500", "EUR"),
                Amount.of("500", "EUR"), InvoiceStatus.PROMISED, d("11-10"), Amount.of("500", "EUR")));
        load.invoice(invoice("I7", "C5", "09-01", InvoiceStatus.OPEN));
        load.invoice(invoice("I8", "C6", "10-01", InvoiceStatus.OPEN));
        load.invoice(invoice("I9", "C6", "10-08", InvoiceStatus.OPEN));
        load.invoice(invoice("I10", "C7", "11-15", InvoiceStatus.OPEN));
        load.invoice(invoice("I11", "C8", "10-01", InvoiceStatus.OPEN));
        load.commit();
    }

    @Test
    void ninetyDaysOfRunsPerformExactlyTheActionsTheSpecSays() throws IOException {
        StrategySet set = TestStrategies.load(loader, work);
        Map<LocalDate, List<String>> expected = new TreeMap<>();
        // C1: I1 due 10-01, I2 due 10-20. R10: I1's notice on 10-01 - 5; R9: reminder 10-04, call 10-11;
        // R10: I2's notice on 10-15; I1 settled on 10-25, so I2 leads: its reminder (reached 10-23) fires at once,
        // its call on 10-30, its letter on 11-19; I1's letter (10-31) never comes.
        expect(expected, "09-26", "C1 Heads-up email I1");
        expect(expected, "10-04", "C1 Reminder email I1");
        expect(expected, "10-11", "C1 Call activity I1");
        expect(expected, "10-15", "C1 Heads-up email I2");
        expect(expected, "10-25", "C1 Reminder email I2");
        expect(expected, "10-30", "C1 Call activity I2");
        expect(expected, "11-19", "C1 Letter letter I2");
        // C2 (RETAIL): strategy Rest (R5), its letter 14 days after I3's due date 10-05
        expect(expected, "10-19", "C2 Letter letter I3");
        // C3 is on hold in the ledger (R5): nothing, ever. C4: I5 disputed (R26) is never chased; I6 promised until
        // 11-10 gets no notice; on 11-11 the promise is broken: noted, and I6 leads, 10 days overdue: the call
        // (reminder passed over, R9); its letter on 12-01
        expect(expected, "11-11", "C4 promise-broken I6 noted", "C4 Call activity I6");
        expect(expected, "12-01", "C4 Letter letter I6");
        // C5: I7 due 09-01 is first seen on 09-20, 19 days overdue: the call, not the missed reminder (R9)
        expect(expected, "09-20", "C5 Call activity I7");
        expect(expected, "10-01", "C5 Letter letter I7");
        // C6: notices for I8 (due 10-01) on 09-26 and I9 (due 10-08) on 10-03; I8's reminder is reached on 10-04,
        // one day after a contact: quiet (R11) until 10-05; the letter on 10-31 lists both overdue invoices (R15)
        expect(expected, "09-26", "C6 Heads-up email I8");
        expect(expected, "10-03", "C6 Heads-up email I9");
        expect(expected, "10-04", "C6 Reminder email I8 skipped");
        expect(expected, "10-05", "C6 Reminder email I8");
        expect(expected, "10-11", "C6 Call activity I8");
        expect(expected, "10-31", "C6 Letter letter I8+I9");
        // C7 (RETAIL) is assigned by hand to CorporateDunning (R5): its steps for I10 due 11-15
        expect(expected, "11-10", "C7 Heads-up email I10");
        expect(expected, "11-18", "C7 Reminder email I10");
        expect(expected, "11-25", "C7 Call activity I10");
        expect(expected, "12-15", "C7 Letter letter I10");
        // C8 is held until 10-10 (R26): then its reminder (reached 10-04) fires; the call reached on 10-11 waits
        // a quiet day (R11); the letter on 10-31
        expect(expected, "10-10", "C8 Reminder email I11");
        expect(expected, "10-11", "C8 Call activity I11 skipped");
        expect(expected, "10-12", "C8 Call activity I11");
        expect(expected, "10-31", "C8 Letter letter I11");

        Map<LocalDate, List<String>> actual = new TreeMap<>();
        try (Ledger ledger = store.open(work.resolve("db").toString()); RecordingHandlers handlers =
                new RecordingHandlers(context)) {
            try (LedgerLoad load = ledger.startOver()) {
                load(load, false);
            }
            ledger.customers().assign("C7", "CorporateDunning");
            ledger.customers().hold("C8", new Hold("in talks with the customer", d("10-10")));
            for (LocalDate day = FIRST; day.isBefore(FIRST.plusDays(90)); day = day.plusDays(1)) {
                if (day.equals(SETTLED)) {
                    try (LedgerLoad load = ledger.replaceLedger()) {
                        load(load, true);
                    }
                }
                RunReport report = runs.run(set.strategies(), ledger, day, Progress.NONE);
                for (HistoryEntry entry : report.entries()) {
                    actual.computeIfAbsent(day, key -> new ArrayList<>()).add(describe(entry));
                }
            }
            assertEquals(expected, actual);
            long performed = expected.values().stream().flatMap(List::stream)
                    .filter(action -> !action.endsWith("skipped") && !action.endsWith("noted")).count();
            assertEquals(performed, handlers.performed().size(), "each action handed to its handler once");
            assertEquals(performed, handlers.performed().stream().map(request -> request.actionId()).distinct().count());
            assertEquals(List.of(), ledger.history().pending(), "nothing left in the outbox");
        }
    }

    private static void expect(Map<LocalDate, List<String>> expected, String day, String... actions) {
        expected.computeIfAbsent(d(day), key -> new ArrayList<>()).addAll(List.of(actions));
    }

    static String describe(HistoryEntry entry) {
        String what = entry.step() == null ? entry.actionType() : entry.step() + " " + entry.actionType();
        String outcome = switch (entry.outcome()) {
            case SKIPPED -> " skipped";
            case DONE -> entry.step() == null ? " noted" : "";
            default -> " " + entry.outcome();
        };
        return entry.customerId() + " " + what + " " + String.join("+", entry.invoiceIds()) + outcome;
    }
}
