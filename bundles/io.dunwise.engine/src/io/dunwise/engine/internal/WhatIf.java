package io.dunwise.engine.internal;

import io.dunwise.engine.Difference;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Account;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R27: two strategy sets replayed side by side on one customer's account, a day at a time, each on the history
 * its own earlier days wrote; the days they act differently.
 */
final class WhatIf {

    private final Decider proposed;
    private final Decider current;
    private final LocalDate from;
    private final LocalDate to;

    WhatIf(Decider proposed, Decider current, LocalDate from, LocalDate to) {
        this.proposed = proposed;
        this.current = current;
        this.from = from;
        this.to = to;
    }

    List<Difference> compare(Account account) {
        VirtualHistory proposedHistory = new VirtualHistory(account, from);
        VirtualHistory currentHistory = new VirtualHistory(account, from);
        List<Difference> differences = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<PlannedAction> byProposed = proposed.decide(proposedHistory.account(), day).actions();
            List<PlannedAction> byCurrent = current.decide(currentHistory.account(), day).actions();
            proposedHistory.record(byProposed);
            currentHistory.record(byCurrent);
            List<PlannedAction> onlyProposed = byProposed.stream().filter(action -> !byCurrent.contains(action)).toList();
            List<PlannedAction> onlyCurrent = byCurrent.stream().filter(action -> !byProposed.contains(action)).toList();
            if (!onlyProposed.isEmpty() || !onlyCurrent.isEmpty()) {
                differences.add(new Difference(account.customerId(), day, onlyProposed, onlyCurrent));
            }
        }
        return differences;
    }
}
