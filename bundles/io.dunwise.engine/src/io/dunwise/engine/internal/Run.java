package io.dunwise.engine.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.engine.PlannedAction;
import io.dunwise.engine.Progress;
import io.dunwise.engine.RunReport;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.Step;
import io.dunwise.model.StepParameter;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    private final List<Strategy> strategies;
    private final Decider decider;
    private final Function<String, Optional<ActionHandler>> handlers;
    private final Ledger ledger;
    private final LocalDate asOf;
    private final String runId;
    private final List<PlannedAction> batch = new ArrayList<>();
    private final Map<String, Customer> batchCustomers = new HashMap<>();
    private final List<HistoryEntry> entries = new ArrayList<>();

    Run(List<Strategy> strategies, Decider decider, Function<String, Optional<ActionHandler>> handlers,
            Ledger ledger, LocalDate asOf) {
        this.strategies = strategies;
        this.decider = decider;
        this.handlers = handlers;
        this.ledger = ledger;
        this.asOf = asOf;
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
            resumed.add(ledger.customers().find(pending.customerId())
                    .map(customer -> handOver(pending, customer))
                    .orElseGet(() -> ledger.history().complete(pending.id(), Outcome.FAILED,
                            "customer " + pending.customerId() + " is no longer in the ledger")));
        }
        long customers = AccountWalk.each(ledger, progress, account -> {
            List<PlannedAction> actions = decider.decide(account, asOf).actions();
            if (!actions.isEmpty()) {
                batch.addAll(actions);
                batchCustomers.put(account.customerId(), account.customer());
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
        List<HistoryEntry> recorded = ledger.history().record(batch.stream().map(this::entry).toList());
        for (HistoryEntry entry : recorded) {
            entries.add(entry.outcome() == Outcome.PENDING
                    ? handOver(entry, batchCustomers.get(entry.customerId())) : entry);
        }
        batch.clear();
        batchCustomers.clear();
    }

    private HistoryEntry entry(PlannedAction action) {
        return new HistoryEntry(0, runId, action.date(), action.customerId(), action.strategy(), action.step(),
                action.actionType(), action.invoiceIds(), List.of(), action.outcome(), action.reason());
    }

    /** Hands a recorded action to its handler and records the outcome; a retry stays in the outbox. */
    private HistoryEntry handOver(HistoryEntry entry, Customer customer) {
        Optional<ActionHandler> handler = handlers.apply(entry.actionType());
        if (handler.isEmpty()) {
            return waiting(entry);
        }
        Optional<Step> step = step(entry.strategy(), entry.step());
        ActionRequest request = new ActionRequest(Long.toString(entry.id()), entry.date(), entry.customerId(),
                entry.strategy(), entry.step(), entry.invoiceIds(),
                step.map(s -> s.getDocument() == null ? null : s.getDocument().getName()).orElse(null),
                step.map(Run::parameters).orElse(Map.of()),
                customer.language() == null ? null : Locale.forLanguageTag(customer.language()));
        ActionOutcome outcome;
        try {
            outcome = handler.get().perform(request);
        } catch (RuntimeException e) {
            outcome = ActionOutcome.retryLater("the handler of '" + entry.actionType() + "' failed: " + e);
        }
        return switch (outcome) {
            case ActionOutcome.Done done -> ledger.history().complete(entry.id(), Outcome.DONE,
                    done.detail().isEmpty() ? null : done.detail());
            case ActionOutcome.Failed failed -> ledger.history().complete(entry.id(), Outcome.FAILED, failed.reason());
            case ActionOutcome.RetryLater retry -> entry.withOutcome(Outcome.PENDING, retry.reason());
        };
    }

    /** An action no installed handler performs: it stays in the outbox until one is installed. */
    private static HistoryEntry waiting(HistoryEntry entry) {
        return entry.withOutcome(Outcome.PENDING, "no installed handler performs '" + entry.actionType()
                + "' yet; it waits in the outbox");
    }

    private Optional<Step> step(String strategy, String step) {
        return strategies.stream().filter(s -> s.getName().equals(strategy))
                .flatMap(s -> s.getSteps().stream()).filter(s -> s.getDescription().equals(step)).findFirst();
    }

    private static Map<String, String> parameters(Step step) {
        Map<String, String> parameters = new HashMap<>();
        for (StepParameter parameter : step.getParameters()) {
            parameters.put(parameter.getName(), parameter.getValue());
        }
        return parameters;
    }
}
