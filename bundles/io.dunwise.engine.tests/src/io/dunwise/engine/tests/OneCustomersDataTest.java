package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.actions.api.ActionRequest;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.engine.Progress;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.api.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Issue 18 §3 on a real store: a customer with 80 overdue invoices whose ids are 64 characters each (legal in the
 * ledger files) aborted the whole run, since the letter's invoice list overflowed its column; now the letter is
 * recorded and performed, and so are the other customers' actions.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class OneCustomersDataTest {

    private static final LocalDate RUN = LocalDate.parse("2026-11-23");

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

    @Test
    void eightyOverdueInvoicesOfLongIdsAreOneLetterAndTheRunGoesOn() throws Exception {
        Path folder = Files.createDirectories(work.resolve("strategies"));
        Files.writeString(folder.resolve("set.dun"), """
                pool Everyone "everyone"
                strategy All "all" rank 1 pool Everyone {
                	step "Letter" letter 30 days after due
                }
                """);
        StrategySet set = loader.load(List.of(folder));
        assertEquals(List.of(), set.diagnostics());
        List<String> eighty = IntStream.range(0, 80).mapToObj(i -> String.format("%064d", i)).toList();
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            try (LedgerLoad load = ledger.startOver()) {
                for (String customer : List.of("C1", "C2", "C3")) {
                    load.customer(new Customer(customer, "Kund " + customer, null, "SE", "SEK", "sv", null, null,
                            false, Map.of()));
                }
                for (int i = 0; i < eighty.size(); i++) {
                    load.invoice(invoice(eighty.get(i), "C2", LocalDate.parse("2026-09-01").plusDays(i % 20)));
                }
                load.invoice(invoice("I1", "C1", LocalDate.parse("2026-09-01")));
                load.invoice(invoice("I3", "C3", LocalDate.parse("2026-09-01")));
                load.commit();
            }
            runs.run(set.strategies(), ledger, RUN, Progress.NONE);
            assertEquals(List.of("C1", "C2", "C3"), handlers.performed().stream().map(ActionRequest::customerId)
                    .toList());
            HistoryEntry letter = ledger.history().ofCustomer("C2").get(0);
            assertEquals(Outcome.DONE, letter.outcome());
            assertEquals(80, letter.invoiceIds().size());
            assertEquals(Outcome.DONE, ledger.history().ofCustomer("C3").get(0).outcome());
        }
    }

    private static Invoice invoice(String id, String customer, LocalDate due) {
        return new Invoice(id, customer, due.minusDays(30), due, Amount.of("100", "SEK"), Amount.of("100", "SEK"),
                InvoiceStatus.OPEN);
    }
}
