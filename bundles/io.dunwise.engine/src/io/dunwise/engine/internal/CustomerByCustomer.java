package io.dunwise.engine.internal;

import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.ledger.api.ProcessHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One customer's data never stops a run (issue 18 §3): a customer the engine cannot decide on, or whose actions the
 * history cannot hold (80 invoices of 64-character ids overflowed the invoice list), is skipped with the reason in
 * the history, and the run goes on with the next. A skip is not an action, so the next run decides the customer
 * again. Only when the history cannot be written at all, not even the skip, does the run stop.
 */
final class CustomerByCustomer {

    /** The type of the skip written for a customer the engine could not decide on. */
    static final String UNDECIDED = "undecided";

    private CustomerByCustomer() {
    }

    /** The customer's actions as {@code decide} gives them, or a skip saying why there are none. */
    static List<PlannedAction> decided(Function<Account, List<PlannedAction>> decide, Account account,
            LocalDate asOf) {
        try {
            return decide.apply(account);
        } catch (RuntimeException e) {
            return List.of(new PlannedAction(account.customerId(), null, null, UNDECIDED, List.of(), asOf,
                    Outcome.SKIPPED, "the customer could not be decided: " + cause(e)));
        }
    }

    /**
     * Records a batch of decided actions in one transaction; if the history refuses it, records each customer's
     * actions in a transaction of their own (all or none, R16), and a customer's refused actions as skipped.
     */
    static List<HistoryEntry> recorded(ProcessHistory history, List<HistoryEntry> decided) {
        try {
            return history.record(decided);
        } catch (RuntimeException batchRefused) {
            Map<String, List<HistoryEntry>> byCustomer = new LinkedHashMap<>();
            decided.forEach(entry -> byCustomer.computeIfAbsent(entry.customerId(), id -> new ArrayList<>())
                    .add(entry));
            List<HistoryEntry> recorded = new ArrayList<>();
            for (List<HistoryEntry> customer : byCustomer.values()) {
                try {
                    recorded.addAll(history.record(customer));
                } catch (RuntimeException refused) {
                    recorded.addAll(history.record(customer.stream().map(entry -> skipped(entry, refused)).toList()));
                }
            }
            return recorded;
        }
    }

    /** The action as a skip: with only the invoice it was decided for, so that the skip itself fits. */
    private static HistoryEntry skipped(HistoryEntry entry, RuntimeException refused) {
        return new HistoryEntry(0, entry.runId(), entry.date(), entry.customerId(), entry.strategy(), entry.step(),
                entry.actionType(), entry.invoiceIds().isEmpty() ? List.of() : entry.invoiceIds().subList(0, 1),
                List.of(), Outcome.SKIPPED, "the process history cannot hold this action (" + cause(refused) + ")");
    }

    /** The first line of a failure's message, short enough for a reason: a database repeats the whole value. */
    private static String cause(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("").strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
