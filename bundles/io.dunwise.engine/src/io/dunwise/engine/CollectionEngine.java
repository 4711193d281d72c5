package io.dunwise.engine;

import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import io.dunwise.model.TestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * Decides the collection actions of a strategy set on a ledger for a date (R5–R11, R26), with no side effect: what
 * a run would do (R17), why (R28), and what a change of strategies would change (R27).
 */
public interface CollectionEngine {

    /** One customer's decision on {@code asOf}, from its account as the ledger gives it. */
    Decision decide(List<Strategy> strategies, Account account, LocalDate asOf);

    /**
     * Every customer's decision on {@code asOf}, in customer order, read a page at a time (R17).
     *
     * @param progress told of the customers decided so far, out of all
     */
    void simulate(List<Strategy> strategies, Ledger ledger, LocalDate asOf, Progress progress,
            Consumer<Decision> decisions);

    /** The actions a run on {@code asOf} would write, in customer order (R17). */
    default List<PlannedAction> simulate(List<Strategy> strategies, Ledger ledger, LocalDate asOf) {
        List<PlannedAction> actions = new ArrayList<>();
        simulate(strategies, ledger, asOf, Progress.NONE, decision -> actions.addAll(decision.actions()));
        return actions;
    }

    /** Why the engine does what it does for one customer on a date (R28); empty if there is no such customer. */
    Optional<Decision> explain(List<Strategy> strategies, Ledger ledger, String customerId, LocalDate asOf);

    /**
     * The customers a strategy gets on {@code asOf} (R5), by id: those it is assigned by hand, and those its pool
     * holds that no pool of a smaller rank holds, none on hold. Pools are evaluated by the database.
     */
    SortedSet<String> customersOf(List<Strategy> strategies, String strategy, Ledger ledger, LocalDate asOf);

    /**
     * What-if (R27): every day from {@code from} to {@code to}, the actions of {@code proposed} and of
     * {@code current} on the same ledger, each replayed on its own history from {@code from} on; the customers
     * and days where they differ.
     */
    List<Difference> whatIf(List<Strategy> proposed, List<Strategy> current, Ledger ledger, LocalDate from,
            LocalDate to, Progress progress);

    /** Runs a strategy file's test block (R32) on its own small ledger, a run each day. */
    TestResult test(TestCase test, List<Strategy> strategies);

    /** Every customer's position on {@code asOf}, most overdue first; customers with nothing open are left out. */
    List<AccountPosition> positions(Ledger ledger, LocalDate asOf);

    /** The action types that installed handlers provide (R18). */
    SortedSet<String> actionTypes();
}
