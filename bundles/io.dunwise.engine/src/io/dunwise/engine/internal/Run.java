package io.dunwise.engine.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.engine.PlannedAction;
import io.dunwise.engine.Progress;
import io.dunwise.engine.RunReport;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One run (R16): first the outbox an earlier run left (its actions handed over again with the same ids, so a
 * handler can ignore what it already did), then every customer's decision, written to the history for a batch of
 * customers in one transaction before any of it is handed to a handler. A run killed at any point leaves each
 * action either unwritten (decided again, identically, by the next run) or in the outbox (performed by the next
 * run): none is lost and none decided twice.
 */
final class Run {

    /** Actions written per transaction: small enough to lose little work, large enough to write fast. */
    static final int BATCH = 500;

    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Decider decider;
    private final Function<String, Optional<ActionHandler>> handlers;
    private final Ledger ledger;
    private final LocalDate asOf;
    private final String runId;
    private final List<PlannedAction> batch = new ArrayList<>();
    private final Map<String, Account> batchAccounts = new HashMap<>();
    private final List<HistoryEntry> entries = new ArrayList<>();
    private final ActionRequests requests;

    Run(List<Strategy> strategies, Decider decider, Function<String, Optional<ActionHandler>> handlers,
            Ledger ledger, LocalDate asOf) {
        this.decider = decider;
        this.handlers = handlers;
        this.ledger = ledger;
        this.asOf = asOf;
        this.requests = new ActionRequests(strategies, ledger);
        this.runId = "run-" + asOf + "-" + LocalDateTime.now().format(RUN_TIME) + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
    }

    RunReport perform(Progress progress) {
        List<HistoryEntry> resumed = new ArrayList<>();
        for (HistoryEntry pending : ledger.history().pending()) {
            if (handlers.apply(pending.actionType()).isEmpty()) {
                resumed.add(waiting(pending));
                continue;
            }
            resumed.addAll(ledger.accounts().find(pending.customerId())
                    .map(account -> handOver(pending, account))
                    .orElseGet(() -> List.of(ledger.history().complete(pending.id(), Outcome.FAILED,
                            "customer " + pending.customerId() + " is no longer in the ledger"))));
        }
        long customers = AccountWalk.each(ledger, progress, account -> {
            List<PlannedAction> actions = CustomerByCustomer.decided(
                    decided -> decider.decide(decided, asOf).actions(), account, asOf);
            if (!actions.isEmpty()) {
                batch.addAll(actions);
                batchAccounts.put(account.customerId(), account);
            }
            if (batch.size() >= BATCH) {
                flush();
            }
        });
        flush();
        return new RunReport(runId, asOf, customers, resumed, entries);
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<HistoryEntry> recorded = CustomerByCustomer.recorded(ledger.history(),
                batch.stream().map(this::entry).toList());
        for (HistoryEntry entry : recorded) {
            if (entry.outcome() == Outcome.PENDING) {
                entries.addAll(handOver(entry, batchAccounts.get(entry.customerId())));
            } else {
                entries.add(entry);
            }
        }
        batch.clear();
        batchAccounts.clear();
    }

    private HistoryEntry entry(PlannedAction action) {
        return new HistoryEntry(0, runId, action.date(), action.customerId(), action.strategy(), action.step(),
                action.actionType(), action.invoiceIds(), List.of(), action.outcome(), action.reason());
    }

    /**
     * Hands a recorded action to its handler and records the outcome; a retry stays in the outbox. An email that
     * cannot be delivered is replaced by a letter when its step says so (R30), and the letter is handed over too.
     *
     * @return the action as completed, and its replacement if it has one
     */
    private List<HistoryEntry> handOver(HistoryEntry entry, Account account) {
        Optional<ActionHandler> handler = handlers.apply(entry.actionType());
        if (handler.isEmpty()) {
            return List.of(waiting(entry));
        }
        ActionOutcome outcome;
        try {
            outcome = handler.get().perform(requests.of(entry, account.customer(), account.openInvoices()));
        } catch (HandlerTemplates.UnreadableTemplate e) {
            outcome = ActionOutcome.retryLater(e.getMessage());
        } catch (RuntimeException e) {
            outcome = ActionOutcome.retryLater("the handler of '" + entry.actionType() + "' failed: " + e);
        }
        requests.stopIfUnwritten();
        return switch (outcome) {
            case ActionOutcome.Done done -> List.of(ledger.history().complete(entry.id(), Outcome.DONE,
                    done.detail().isEmpty() ? null : done.detail(), done.recipients()));
            case ActionOutcome.Failed failed -> List.of(ledger.history().complete(entry.id(), Outcome.FAILED,
                    failed.reason(), failed.recipients()));
            case ActionOutcome.Undeliverable undeliverable -> fallBack(entry, undeliverable, account);
            case ActionOutcome.RetryLater retry -> List.of(entry.withOutcome(Outcome.PENDING, retry.reason()));
        };
    }

    /** R30: the failed email and the letter that replaces it are recorded together, then the letter is sent. */
    private List<HistoryEntry> fallBack(HistoryEntry email, ActionOutcome.Undeliverable outcome, Account account) {
        Optional<Step> step = requests.step(email.strategy(), email.step());
        if (step.isEmpty() || !step.get().isFallbackToLetter()) {
            return List.of(ledger.history().complete(email.id(), Outcome.FAILED, outcome.reason(),
                    outcome.recipients()));
        }
        List<Invoice> chased = account.openInvoices().stream()
                .filter(invoice -> Promises.isChased(invoice, email.date())).toList();
        Invoice lead = chased.stream().filter(invoice -> invoice.id().equals(email.invoiceIds().get(0))).findFirst()
                .orElse(null);
        List<String> invoiceIds = lead == null ? email.invoiceIds()
                : CustomerDecision.letterInvoices(lead, chased, email.date());
        HistoryEntry letter = ledger.history().replace(email.id(), outcome.reason(), outcome.recipients(),
                new HistoryEntry(0, email.runId(), email.date(), email.customerId(), email.strategy(), email.step(),
                        "letter", invoiceIds, List.of(), Outcome.PENDING,
                        "R30: instead of email " + email.id() + ": " + outcome.reason()));
        HistoryEntry failed = email.withOutcome(Outcome.FAILED, outcome.reason());
        List<HistoryEntry> completed = new ArrayList<>(List.of(failed));
        completed.addAll(handOver(letter, account));
        return completed;
    }

    /** An action no installed handler performs: it stays in the outbox until one is installed. */
    private static HistoryEntry waiting(HistoryEntry entry) {
        return entry.withOutcome(Outcome.PENDING, "no installed handler performs '" + entry.actionType()
                + "' yet; it waits in the outbox");
    }
}
