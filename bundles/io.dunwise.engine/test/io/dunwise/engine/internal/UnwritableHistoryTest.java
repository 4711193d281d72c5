package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.POOLS;
import static io.dunwise.engine.internal.Fixtures.customer;
import static io.dunwise.engine.internal.Fixtures.everyone;
import static io.dunwise.engine.internal.Fixtures.step;
import static io.dunwise.engine.internal.Fixtures.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.engine.Progress;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.Strategy;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (a full disk), R16: a run whose history cannot be written stops handing actions over at once. Three
 * customers each have a reminder due; the ledger records the batch, then refuses every later write, as a full disk
 * does. The email handler sends, then marks the send (R16), and that mark fails: the run must not hand the next
 * customers' reminders over, since nothing would keep the next run from sending them again.
 */
class UnwritableHistoryTest {

    private static final String FULL = "the disk of the ledger /data is full: what could not be recorded was not "
            + "done; free some space and run the command again";
    private static final LocalDate AS_OF = DUE.plusDays(3);

    private final List<String> sent = new ArrayList<>();

    @Test
    void aRunStopsHandingOverWhenAHandlersRecordCannotBeWritten() {
        Strategy dunning = strategy("Dunning", 1, everyone(), 0, step("Reminder", "email", 3));
        ActionHandler email = handler(request -> {
            sent.add(request.customer().id());
            request.records().mark("sent-to-" + request.customer().id());
        }, ActionOutcome.done("sent"));
        Run run = new Run(List.of(dunning), new Decider(List.of(dunning), POOLS), type -> Optional.of(email),
                ledgerWhoseWritesFail(), AS_OF);

        LedgerException stopped = assertThrows(LedgerException.class, () -> run.perform(Progress.NONE));

        assertEquals(List.of("C1"), sent, "no reminder after the one whose record failed");
        assertEquals("the run stopped handing actions over: " + FULL, stopped.getMessage());
    }

    @Test
    void aHandlerThatSwallowsTheFailedWriteStopsTheRunAsWell() {
        Strategy dunning = strategy("Dunning", 1, everyone(), 0, step("Reminder", "email", 3));
        ActionHandler email = handler(request -> {
            sent.add(request.customer().id());
            try {
                request.records().mark("sent-to-" + request.customer().id());
            } catch (RuntimeException ignoredByACarelessPlugIn) {
                // a plug-in that asks to be handed the action again, as if the ledger would be fine by then
            }
        }, ActionOutcome.retryLater("could not mark the send"));
        Run run = new Run(List.of(dunning), new Decider(List.of(dunning), POOLS), type -> Optional.of(email),
                ledgerWhoseWritesFail(), AS_OF);

        LedgerException stopped = assertThrows(LedgerException.class, () -> run.perform(Progress.NONE));

        assertEquals(List.of("C1"), sent);
        assertTrue(stopped.getMessage().contains("is full"), stopped.getMessage());
    }

    private static ActionHandler handler(Consumer<ActionRequest> perform, ActionOutcome outcome) {
        return new ActionHandler() {
            @Override
            public String type() {
                return "email";
            }

            @Override
            public String description() {
                return "sends and marks";
            }

            @Override
            public List<ActionParameter> parameters() {
                return List.of();
            }

            @Override
            public ActionOutcome perform(ActionRequest request) {
                perform.accept(request);
                return outcome;
            }
        };
    }

    /** Three customers with a reminder due; the history records the first batch, then every write fails. */
    private static Ledger ledgerWhoseWritesFail() {
        List<Account> accounts = new ArrayList<>();
        for (String id : List.of("C1", "C2", "C3")) {
            Customer customer = customer(id);
            Invoice invoice = new Invoice("I-" + id, id, DUE.minusDays(30), DUE, Amount.of("100.00", "EUR"),
                    Amount.of("100.00", "EUR"), InvoiceStatus.OPEN);
            accounts.add(new Account(customer, List.of(invoice), List.of()));
        }
        Object history = fake(io.dunwise.ledger.api.ProcessHistory.class, (method, args) -> switch (method) {
            case "pending" -> List.of();
            case "record" -> {
                List<HistoryEntry> recorded = new ArrayList<>();
                long id = 1;
                for (Object entry : (List<?>) args[0]) {
                    HistoryEntry e = (HistoryEntry) entry;
                    recorded.add(new HistoryEntry(id++, e.runId(), e.date(), e.customerId(), e.strategy(), e.step(),
                            e.actionType(), e.invoiceIds(), e.recipients(), e.outcome(), e.reason()));
                }
                yield recorded;
            }
            case "marks" -> Set.of();
            default -> throw new LedgerException(FULL);
        });
        Object accountsRepository = fake(io.dunwise.ledger.api.Accounts.class, (method, args) -> {
            if (method.equals("forEach")) {
                @SuppressWarnings("unchecked")
                Consumer<Account> action = (Consumer<Account>) args[0];
                accounts.forEach(action);
                return null;
            }
            return Optional.empty();
        });
        Object customers = fake(io.dunwise.ledger.api.Customers.class, (method, args) -> switch (method) {
            case "count" -> (long) accounts.size();
            case "contacts" -> List.of();
            default -> throw new LedgerException(FULL);
        });
        Object organisation = fake(io.dunwise.ledger.api.Organisation.class, (method, args) -> switch (method) {
            case "salesReps" -> List.of();
            default -> Optional.empty();
        });
        Object invoices = fake(io.dunwise.ledger.api.Invoices.class, (method, args) -> Optional.empty());
        Map<String, Object> repositories = Map.of("history", history, "accounts", accountsRepository, "customers",
                customers, "organisation", organisation, "invoices", invoices);
        return fake(Ledger.class, (method, args) -> {
            if (method.equals("location")) {
                return "/data";
            }
            Object repository = repositories.get(method);
            if (repository == null) {
                throw new UnsupportedOperationException(method + " is not used by a run");
            }
            return repository;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
