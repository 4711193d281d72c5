package io.dunwise.engine.internal;

import io.dunwise.engine.Decision;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.Exclusion;
import io.dunwise.model.ExclusionKind;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Operator;
import io.dunwise.model.Pool;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import io.dunwise.model.Timing;
import io.dunwise.pools.PoolMembership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Strategies, customers, invoices and history for the engine's rule tests, written as briefly as the rules. */
final class Fixtures {

    static final DunwiseFactory MODEL = DunwiseFactory.eINSTANCE;
    static final LocalDate DUE = LocalDate.parse("2026-10-01");

    /** Pools by group only: enough to test assignment; the pools bundle tests every condition. */
    static final PoolMembership POOLS = new PoolMembership() {
        @Override
        public boolean holds(Pool pool, Customer customer, List<Invoice> openInvoices, LocalDate asOf) {
            return pool.getCondition() == null
                    || ((FieldCondition) pool.getCondition()).getValues().contains(customer.group());
        }

        @Override
        public Set<String> members(Pool pool, Ledger ledger, LocalDate asOf) {
            throw new UnsupportedOperationException("not used by these tests");
        }
    };

    private Fixtures() {
    }

    static Pool everyone() {
        Pool pool = MODEL.createPool();
        pool.setName("Everyone");
        return pool;
    }

    static Pool group(String name, String group) {
        Pool pool = MODEL.createPool();
        pool.setName(name);
        FieldCondition condition = MODEL.createFieldCondition();
        condition.setField("group");
        condition.setOperator(Operator.EQUALS);
        condition.getValues().add(group);
        pool.setCondition(condition);
        return pool;
    }

    static Strategy strategy(String name, int rank, Pool pool, int quietDays, Step... steps) {
        Strategy strategy = MODEL.createStrategy();
        strategy.setName(name);
        strategy.setRank(rank);
        strategy.setPool(pool);
        strategy.setQuietDays(quietDays);
        strategy.getSteps().addAll(Arrays.asList(steps));
        return strategy;
    }

    static Strategy exclude(Strategy strategy, ExclusionKind kind, String threshold) {
        Exclusion exclusion = MODEL.createExclusion();
        exclusion.setKind(kind);
        exclusion.setThreshold(new BigDecimal(threshold));
        strategy.setExclusion(exclusion);
        return strategy;
    }

    /** A step {@code offset} days from due: negative before, positive after. */
    static Step step(String description, String type, int offset) {
        Step step = MODEL.createStep();
        step.setDescription(description);
        step.setActionType(type);
        step.setDays(Math.abs(offset));
        step.setTiming(offset < 0 ? Timing.BEFORE_DUE : offset == 0 ? Timing.ON_DUE : Timing.AFTER_DUE);
        return step;
    }

    static Step predunning(String description, String type, int daysBefore) {
        Step step = step(description, type, -daysBefore);
        step.setPredunning(true);
        return step;
    }

    /** The corporate dunning of the architecture's sketch: heads-up 5 days before due, then 3, 10 and 30 after. */
    static Strategy dunning(int quietDays) {
        return strategy("Dunning", 1, everyone(), quietDays,
                predunning("Heads-up", "email", 5),
                step("Reminder", "email", 3),
                step("Call", "activity", 10),
                step("Letter", "letter", 30));
    }

    static Customer customer(String id) {
        return new Customer(id, "Customer " + id, "CORP", "SE", "EUR", "en", null, null, false, Map.of());
    }

    static Invoice invoice(String id, LocalDate due, String open) {
        return new Invoice(id, "C1", due.minusDays(30), due, Amount.of("1000.00", "EUR"), Amount.of(open, "EUR"),
                InvoiceStatus.OPEN);
    }

    static Invoice invoice(String id, LocalDate due) {
        return invoice(id, due, "1000.00");
    }

    static Account account(Customer customer, List<Invoice> invoices, List<HistoryEntry> history) {
        return new Account(customer, invoices, history);
    }

    static Account account(List<Invoice> invoices, HistoryEntry... history) {
        return new Account(customer("C1"), invoices, List.of(history));
    }

    /** A history entry as a run on {@code date} would have written it. */
    static HistoryEntry performed(LocalDate date, String step, String type, String invoice, Outcome outcome) {
        return new HistoryEntry(1, "earlier", date, "C1", "Dunning", step, type, List.of(invoice), List.of(), outcome,
                null);
    }

    static Decision decide(List<Strategy> strategies, Account account, LocalDate asOf) {
        return new Decider(strategies, POOLS).decide(account, asOf);
    }

    /** The actions of a decision as "step for invoice" (performed) or "step for invoice skipped: reason". */
    static List<String> actions(Decision decision) {
        List<String> actions = new ArrayList<>();
        for (PlannedAction action : decision.actions()) {
            String what = action.step() == null ? action.actionType() : action.step();
            actions.add(what + " for " + String.join("+", action.invoiceIds())
                    + (action.isToPerform() ? "" : " " + action.label()));
        }
        return actions;
    }
}
