package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Recipient;
import io.dunwise.actions.api.Template;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.engine.Progress;
import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.ledger.api.SalesRep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * What a run hands to a handler (R13–R16) and what it does with the answer: the request carries the customer, the
 * invoices, contacts, agent, reps, template (body file read), recipient and company; an email that cannot be
 * delivered becomes a letter when its step says so (R30), recorded together with the failed email.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class HandOverTest {

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

    private StrategySet strategies() throws IOException {
        Path folder = Files.createDirectories(work.resolve("strategies"));
        Files.writeString(folder.resolve("overdue.sv.html"), "<p>Hej {{contact.name}}</p>");
        Files.writeString(folder.resolve("set.dun"), """
                parameters { company "Nordlys AB" }
                pool Everyone "everyone" owner agent ANNA
                email Overdue "overdue" from "AR" address "ar@nordlys.example" default sv {
                	sv subject "Faktura {{invoice.id}}" body file "overdue.sv.html"
                }
                letter Dunning "dunning" { en subject "Reminder" body "Pay" fee level 1 60 SEK }
                strategy All "all" rank 1 pool Everyone {
                	step "Reminder" email Overdue to customer purpose "Collections" else letter Dunning 3 days after due
                }
                """);
        StrategySet set = loader.load(List.of(folder));
        assertEquals(List.of(), set.diagnostics());
        return set;
    }

    private static void ledger(Ledger ledger) {
        try (LedgerLoad load = ledger.startOver()) {
            load.customer(new Customer("C1", "Kund AB", "CORP", "SE", "SEK", "sv", null, "SG1", false, Map.of()));
            load.contact(new Contact("C1", 1, "Anna", "anna@kund.example", "sv", List.of("Collections"), true,
                    false));
            load.salesRep(new SalesRep("SG1", 1, "Rep", "rep@nordlys.example", true, true));
            load.agent(new Agent("ANNA", "Anna Agent", "anna@nordlys.example", "North"));
            load.invoice(invoice("I1", "2026-11-01"));
            load.invoice(invoice("I2", "2026-11-10"));
            load.invoice(invoice("I3", "2026-12-10"));
            load.commit();
        }
    }

    private static Invoice invoice(String id, String due) {
        return new Invoice(id, "C1", LocalDate.parse(due).minusDays(30), LocalDate.parse(due),
                Amount.of("100", "SEK"), Amount.of("100", "SEK"), InvoiceStatus.OPEN);
    }

    @Test
    void r13r14aHandlerIsHandedTheWholeContextOfItsAction() throws IOException {
        StrategySet set = strategies();
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            ledger(ledger);
            runs.run(set.strategies(), ledger, RUN, Progress.NONE);
            ActionRequest email = handlers.performed().get(0);
            assertEquals("email", email.actionType());
            assertEquals("Kund AB", email.customer().name());
            assertEquals(List.of("I1"), email.invoiceIds(), "the leading invoice");
            assertEquals(List.of("I1", "I2", "I3"), email.openInvoices().stream().map(Invoice::id).toList());
            assertEquals("anna@kund.example", email.contacts().get(0).email());
            assertEquals("Anna Agent", email.assignedAgent().orElseThrow().name(), "the pool's owner (R13)");
            assertEquals("rep@nordlys.example", email.salesReps().get(0).email());
            assertEquals(Recipient.CUSTOMER, email.recipient());
            assertEquals("Collections", email.contactPurpose());
            assertEquals("Nordlys AB", email.company(), "from the parameters (R25)");
            Template.Message template = (Template.Message) email.template();
            assertEquals("<p>Hej {{contact.name}}</p>", template.version(List.of("sv")).body(), "the body file");
            assertEquals("ar@nordlys.example", template.senderAddress());
            assertEquals(Long.toString(ledger.history().ofCustomer("C1").get(0).id()), email.actionId());
        }
    }

    @Test
    void r30AnUndeliverableEmailBecomesALetterOfEveryOverdueInvoice() throws IOException {
        StrategySet set = strategies();
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            ledger(ledger);
            handlers.behave(request -> request.actionType().equals("email")
                    ? ActionOutcome.undeliverable("bounced: 550 no such user", List.of("anna@kund.example"))
                    : ActionOutcome.done("letter 1", List.of("post")));
            runs.run(set.strategies(), ledger, RUN, Progress.NONE);
            List<HistoryEntry> history = ledger.history().ofCustomer("C1");
            assertEquals(2, history.size(), history.toString());
            HistoryEntry email = history.get(0);
            assertEquals(Outcome.FAILED, email.outcome());
            assertEquals("bounced: 550 no such user", email.reason());
            assertEquals(List.of("anna@kund.example"), email.recipients());
            HistoryEntry letter = history.get(1);
            assertEquals("letter", letter.actionType());
            assertEquals(Outcome.DONE, letter.outcome());
            assertEquals(List.of("I1", "I2"), letter.invoiceIds(), "the leading invoice, then the other overdue one");
            assertEquals(List.of("post"), letter.recipients());
            ActionRequest handed = handlers.performed().get(0);
            assertEquals("Dunning", handed.template().name(), "the step's fallback template");
            assertEquals("Reminder", handed.step());

            // R9: the failed email counts as the step performed; the next day nothing is sent again
            runs.run(set.strategies(), ledger, RUN.plusDays(1), Progress.NONE);
            assertEquals(2, ledger.history().ofCustomer("C1").size());
        }
    }

    @Test
    void r16AFallbackLetterLeftInTheOutboxIsPerformedByTheNextRunAndTheEmailNotAgain() throws IOException {
        StrategySet set = strategies();
        try (Ledger ledger = store.open(work.resolve("db").toString());
                RecordingHandlers handlers = new RecordingHandlers(context)) {
            ledger(ledger);
            handlers.behave(request -> request.actionType().equals("email")
                    ? ActionOutcome.undeliverable("no-recipient", List.of())
                    : ActionOutcome.retryLater("printer offline"));
            runs.run(set.strategies(), ledger, RUN, Progress.NONE);
            assertEquals(List.of("letter"), ledger.history().pending().stream().map(HistoryEntry::actionType)
                    .toList());
            handlers.behave(request -> ActionOutcome.done("letter 1", List.of("post")));
            runs.run(set.strategies(), ledger, RUN.plusDays(1), Progress.NONE);
            assertEquals(List.of("letter"), handlers.performed().stream().map(ActionRequest::actionType).toList());
            assertTrue(ledger.history().pending().isEmpty());
        }
    }
}
