package io.dunwise.engine;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/** Decides the collection actions of a strategy set on a ledger for a date. */
public interface CollectionEngine {

    /**
     * The actions a run on {@code asOf} would perform, with no side effect (R17), in customer order.
     */
    List<PlannedAction> simulate(List<Strategy> strategies, Ledger ledger, LocalDate asOf);

    /**
     * Every customer's position on {@code asOf}, most overdue first; customers with nothing open are left out.
     */
    List<AccountPosition> positions(Ledger ledger, LocalDate asOf);

    /** The action types that installed handlers provide (R18). */
    SortedSet<String> actionTypes();
}
