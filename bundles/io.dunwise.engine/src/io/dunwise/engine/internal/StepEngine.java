package io.dunwise.engine.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.engine.AccountPosition;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import io.dunwise.pools.PoolMembership;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The engine as a Declarative Services component: assignment (R5), leading invoice (R7), the current step (R9)
 * and pre-dunning notices (R10). Action handlers (R18) come and go with their bundles.
 */
@Component(service = CollectionEngine.class)
public class StepEngine implements CollectionEngine {

    private final PoolMembership pools;
    private final List<ActionHandler> handlers = new CopyOnWriteArrayList<>();

    @Activate
    public StepEngine(@Reference PoolMembership pools) {
        this.pools = pools;
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
    public List<PlannedAction> simulate(List<Strategy> strategies, Ledger ledger, LocalDate asOf) {
        Assignment assignment = new Assignment(strategies, pools);
        List<PlannedAction> actions = new ArrayList<>();
        forEachAccount(ledger, (customer, invoices) -> assignment.of(customer, invoices)
                .ifPresent(strategy -> plan(customer, strategy, invoices, asOf, actions)));
        return actions;
    }

    @Override
    public List<AccountPosition> positions(Ledger ledger, LocalDate asOf) {
        List<AccountPosition> positions = new ArrayList<>();
        forEachAccount(ledger, (customer, invoices) -> {
            if (invoices.isEmpty()) {
                return;
            }
            Amount balance = invoices.stream().map(Invoice::openAmount).reduce(Amount::plus).orElseThrow();
            Optional<Invoice> leading = LeadingInvoice.of(invoices);
            long daysOverdue = leading.map(invoice -> ChronoUnit.DAYS.between(invoice.dueDate(), asOf)).orElse(0L);
            positions.add(new AccountPosition(customer.id(), customer.name(), customer.country(), balance,
                    leading.map(Invoice::id), leading.map(Invoice::dueDate), daysOverdue));
        });
        positions.sort(Comparator.comparingLong(AccountPosition::daysOverdue).reversed()
                .thenComparing(AccountPosition::customerId));
        return positions;
    }

    /** Every customer of the ledger with its open invoices (none: an empty list), in customer order. */
    private static void forEachAccount(Ledger ledger, BiConsumer<Customer, List<Invoice>> account) {
        Map<String, List<Invoice>> openInvoices = ledger.invoices().openByCustomer();
        ledger.customers().forEach(customer ->
                account.accept(customer, openInvoices.getOrDefault(customer.id(), List.of())));
    }

    private static void plan(Customer customer, Strategy strategy, List<Invoice> invoices, LocalDate asOf,
            List<PlannedAction> actions) {
        PreDunning preDunning = new PreDunning(strategy);
        preDunning.step().ifPresent(step -> preDunning.dueForNotice(invoices, asOf).forEach(invoice ->
                actions.add(action(customer, strategy, step, List.of(invoice.id()), asOf))));
        Optional<Invoice> leading = LeadingInvoice.of(invoices);
        leading.flatMap(invoice -> new StepSchedule(strategy).current(invoice.dueDate(), asOf))
                .ifPresent(step -> actions.add(action(customer, strategy, step, List.of(leading.get().id()), asOf)));
    }

    private static PlannedAction action(Customer customer, Strategy strategy, Step step, List<String> invoiceIds,
            LocalDate asOf) {
        return new PlannedAction(customer.id(), strategy.getName(), step.getDescription(), step.getActionType(),
                invoiceIds, asOf);
    }
}
