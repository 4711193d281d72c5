package io.dunwise.engine.internal;

import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Account;
import io.dunwise.model.Strategy;
import io.dunwise.pools.PoolMembership;
import java.time.LocalDate;
import java.util.List;

/** Decides for one customer after another with one strategy set: the assignment (R5), then the customer's steps,
 * within the set's contact cap (R30), and the prediction activities (R12). */
final class Decider {

    private final StrategyChoice choice;
    private final ContactCap cap;
    private final PredictionActivities predictions;

    /** A decider without payment predictions: strategies that use them create no prediction activity (R12). */
    Decider(List<Strategy> strategies, PoolMembership pools) {
        this(strategies, pools, PredictedRisks.NONE);
    }

    Decider(List<Strategy> strategies, PoolMembership pools, PredictedRisks risks) {
        this.choice = new StrategyChoice(strategies, pools);
        this.cap = ContactCap.of(SetParameters.of(strategies));
        this.predictions = new PredictionActivities(SetParameters.of(strategies), risks);
    }

    Decision decide(Account account, LocalDate asOf) {
        StrategyChoice.Choice chosen = choice.of(account.customer(), account.openInvoices(), asOf);
        CustomerDecision decision = new CustomerDecision(account, asOf, cap, predictions);
        return chosen.strategy().map(strategy -> decision.in(strategy, chosen.why()))
                .orElseGet(() -> decision.outOfProcess(chosen.why()));
    }
}
