package io.dunwise.engine.internal;

import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Account;
import io.dunwise.model.Strategy;
import io.dunwise.pools.PoolMembership;
import java.time.LocalDate;
import java.util.List;

/** Decides for one customer after another with one strategy set: the assignment (R5), then the customer's steps,
 * within the set's contact cap (R30). */
final class Decider {

    private final StrategyChoice choice;
    private final ContactCap cap;

    Decider(List<Strategy> strategies, PoolMembership pools) {
        this.choice = new StrategyChoice(strategies, pools);
        this.cap = ContactCap.of(SetParameters.of(strategies));
    }

    Decision decide(Account account, LocalDate asOf) {
        StrategyChoice.Choice chosen = choice.of(account.customer(), account.openInvoices(), asOf);
        CustomerDecision decision = new CustomerDecision(account, asOf, cap);
        return chosen.strategy().map(strategy -> decision.in(strategy, chosen.why()))
                .orElseGet(() -> decision.outOfProcess(chosen.why()));
    }
}
