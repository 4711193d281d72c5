package io.dunwise.engine.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.engine.AccountPosition;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.engine.Decision;
import io.dunwise.engine.Difference;
import io.dunwise.engine.Progress;
import io.dunwise.engine.RunReport;
import io.dunwise.engine.TestResult;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import io.dunwise.model.TestCase;
import io.dunwise.pools.PoolMembership;
import io.dunwise.predictions.PaymentPredictions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The engine as a Declarative Services component: decisions (R5–R11, R26) and their explanation (R28),
 * simulation (R17), what-if (R27), strategy tests (R32) and runs (R16). Action handlers (R18) come and go with
 * their bundles.
 */
@Component(service = {CollectionEngine.class, CollectionRuns.class})
public class StepEngine implements CollectionEngine, CollectionRuns {

    private final PoolMembership pools;
    private final PaymentPredictions predictions;
    private final List<ActionHandler> handlers = new CopyOnWriteArrayList<>();

    @Activate
    public StepEngine(@Reference PoolMembership pools, @Reference PaymentPredictions predictions) {
        this.pools = pools;
        this.predictions = predictions;
    }

    /** A decider with the payment predictions of the ledger on the date, made once if a strategy uses them (R12). */
    private Decider decider(List<Strategy> strategies, Ledger ledger, LocalDate asOf) {
        return new Decider(strategies, pools, PredictedRisks.of(strategies, ledger, asOf, predictions));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(ActionHandler handler) {
        handlers.add(handler);
    }

    void removeHandler(ActionHandler handler) {
        handlers.remove(handler);
    }

    @Override
    public SortedSet<String> actionTypes() {
        TreeSet<String> types = new TreeSet<>();
        handlers.forEach(handler -> types.add(handler.type()));
        return types;
    }

    @Override
    public Decision decide(List<Strategy> strategies, Account account, LocalDate asOf) {
        return new Decider(strategies, pools).decide(account, asOf);
    }

    @Override
    public void simulate(List<Strategy> strategies, Ledger ledger, LocalDate asOf, Progress progress,
            Consumer<Decision> decisions) {
        Decider decider = decider(strategies, ledger, asOf);
        AccountWalk.each(ledger, progress, account -> decisions.accept(decider.decide(account, asOf)));
    }

    @Override
    public Optional<Decision> explain(List<Strategy> strategies, Ledger ledger, String customerId, LocalDate asOf) {
        return ledger.accounts().find(customerId)
                .map(account -> decider(strategies, ledger, asOf).decide(account, asOf));
    }

    @Override
    public SortedSet<String> customersOf(List<Strategy> strategies, String strategy, Ledger ledger, LocalDate asOf) {
        return new StrategyMembers(strategies, pools).of(strategy, ledger, asOf);
    }

    @Override
    public List<Difference> whatIf(List<Strategy> proposed, List<Strategy> current, Ledger ledger, LocalDate from,
            LocalDate to, Progress progress) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        WhatIf whatIf = new WhatIf(new Decider(proposed, pools), new Decider(current, pools), from, to);
        List<Difference> differences = new ArrayList<>();
        AccountWalk.each(ledger, progress, account -> differences.addAll(whatIf.compare(account)));
        return differences;
    }

    @Override
    public TestResult test(TestCase test, List<Strategy> strategies) {
        return new StrategyTest(test, new Decider(List.of(test.getStrategy()), pools)).run();
    }

    @Override
    public RunReport run(List<Strategy> strategies, Ledger ledger, LocalDate asOf, Progress progress) {
        return new Run(strategies, decider(strategies, ledger, asOf), this::handler, ledger, asOf).perform(progress);
    }

    private Optional<ActionHandler> handler(String type) {
        return handlers.stream().filter(handler -> handler.type().equals(type)).findFirst();
    }

    @Override
    public List<AccountPosition> positions(Ledger ledger, LocalDate asOf) {
        List<AccountPosition> positions = new ArrayList<>();
        ledger.accounts().forEach(account -> Positions.of(account, asOf).ifPresent(positions::add));
        positions.sort(Positions.MOST_OVERDUE_FIRST);
        return positions;
    }
}
