package io.dunwise.engine.internal;

import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's history as a replay writes it, day after day, without a database: what-if (R27) and strategy tests
 * (R32) decide each day on the history their own earlier days wrote, every action taken as done.
 */
final class VirtualHistory {

    private final Account account;
    private final List<HistoryEntry> entries;

    /** Starts from the customer's real history before {@code from}. */
    VirtualHistory(Account account, LocalDate from) {
        this.account = account;
        this.entries = new ArrayList<>(account.history().stream().filter(entry -> entry.date().isBefore(from)).toList());
    }

    /** The account as a run on the next day would read it. */
    Account account() {
        return new Account(account.customer(), account.openInvoices(), entries);
    }

    void record(List<PlannedAction> actions) {
        for (PlannedAction action : actions) {
            entries.add(new HistoryEntry(0, "replay", action.date(), action.customerId(), action.strategy(),
                    action.step(), action.actionType(), action.invoiceIds(), List.of(),
                    action.isToPerform() ? Outcome.DONE : action.outcome(), action.reason()));
        }
    }
}
