package io.dunwise.ui.parts;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Strategy;
import io.dunwise.ui.desk.Controls;
import io.dunwise.ui.desk.CurrentCustomer;
import io.dunwise.ui.desk.Desk;
import io.dunwise.ui.desk.DeskJob;
import io.dunwise.ui.desk.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

/**
 * The assignment of customers to strategies (R5): the process assignment preview (how many customers each
 * strategy gets on the desk date, and who), the customer assignment preview (one customer's strategy and why) and
 * the manual assignment of a customer to a strategy, which wins over the pools until it is cleared.
 */
public class AssignmentPart {

    /** A strategy's share of the customers; a strategy of null stands for customers no strategy gets. */
    record StrategyCount(String strategy, String rank, String pool, long customers) {
    }

    private final Desk desk;
    private final CollectionEngine engine;
    private final CurrentCustomer current;
    private TableViewer counts;
    private org.eclipse.swt.widgets.List members;
    private Label membersTitle;
    private ProgressBar progress;
    private Button preview;
    private Text customer;
    private Label customerAssignment;
    private Combo strategy;

    @Inject
    public AssignmentPart(Desk desk, CollectionEngine engine, CurrentCustomer current) {
        this.desk = desk;
        this.engine = engine;
        this.current = current;
    }

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Customers of each strategy on " + desk.asOf());
        preview = Controls.button(bar, "Preview the process assignment", "assignment.preview", this::previewProcess);
        progress = DeskJob.bar(bar, "assignment.progress");

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        counts = Tables.viewer(left, "assignment.counts");
        Tables.column(counts, StrategyCount.class, "Strategy", 150, StrategyCount::strategy);
        Tables.column(counts, StrategyCount.class, "Rank", 45, StrategyCount::rank);
        Tables.column(counts, StrategyCount.class, "Pool", 100, StrategyCount::pool);
        Tables.amountColumn(counts, StrategyCount.class, "Customers", 80, c -> Long.toString(c.customers()));
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        membersTitle = new Label(right, SWT.NONE);
        membersTitle.setText("Select a strategy to list its customers");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(membersTitle);
        members = Tables.name(new org.eclipse.swt.widgets.List(right, SWT.BORDER | SWT.V_SCROLL), "assignment.members");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(members);
        sash.setWeights(60, 40);

        Group one = new Group(parent, SWT.NONE);
        one.setText("One customer");
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(one);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(one);
        new Label(one, SWT.NONE).setText("Customer");
        customer = Tables.name(new Text(one, SWT.BORDER), "assignment.customer");
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(customer);
        Controls.button(one, "Preview", "assignment.customerPreview", this::previewCustomer);
        strategy = Tables.name(new Combo(one, SWT.READ_ONLY), "assignment.strategy");
        Controls.button(one, "Assign by hand", "assignment.assign", () -> assign(strategy.getText()));
        Controls.button(one, "Clear the manual assignment", "assignment.clear", () -> assign(null));
        customerAssignment = Tables.name(new Label(one, SWT.WRAP), "assignment.customerResult");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(customerAssignment);

        desk.strategies().strategies().stream().map(Strategy::getName).sorted().forEach(strategy::add);
        if (strategy.getItemCount() > 0) {
            strategy.select(0);
        }
        counts.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof StrategyCount count
                    && count.pool() != null) {
                listMembers(count.strategy());
            }
        });
        members.addListener(SWT.DefaultSelection, event -> {
            if (members.getSelectionCount() == 1) {
                current.open(members.getSelection()[0]);
            }
        });
        customer.addListener(SWT.DefaultSelection, event -> previewCustomer());
    }

    private Optional<StrategySet> validStrategies(Label report) {
        StrategySet set = desk.strategies();
        if (set.hasErrors()) {
            report.setText("The strategy files have errors; fix them in the strategy editor first.");
            return Optional.empty();
        }
        return Optional.of(set);
    }

    private void previewProcess() {
        Optional<StrategySet> valid = validStrategies(membersTitle);
        if (valid.isEmpty()) {
            return;
        }
        List<Strategy> strategies = valid.get().strategies();
        DeskJob.start("Preview the process assignment", progress, preview, work -> {
            Map<String, Long> byStrategy = new LinkedHashMap<>();
            Map<String, Long> outside = new TreeMap<>();
            try (Ledger ledger = desk.openLedger()) {
                engine.simulate(strategies, ledger, desk.asOf(), work::worked, decision -> decision.strategy()
                        .ifPresentOrElse(s -> byStrategy.merge(s, 1L, Long::sum),
                                () -> outside.merge(reason(decision), 1L, Long::sum)));
            }
            List<StrategyCount> rows = new ArrayList<>();
            strategies.stream().sorted(Comparator.comparingInt(Strategy::getRank)).forEach(s -> rows.add(
                    new StrategyCount(s.getName(), Integer.toString(s.getRank()),
                            s.getPool() == null ? "" : s.getPool().getName(), byStrategy.getOrDefault(s.getName(), 0L))));
            outside.forEach((why, count) -> rows.add(new StrategyCount("(none: " + why + ")", "", null, count)));
            return rows;
        }, rows -> {
            counts.setInput(rows);
            membersTitle.setText(rows.stream().mapToLong(StrategyCount::customers).sum()
                    + " customers. Select a strategy to list its customers");
        }, message -> {
            membersTitle.setText("Preview failed: " + message);
        });
    }

    private static String reason(Decision decision) {
        String assignment = decision.assignment();
        int cut = assignment.indexOf(':');
        return cut < 0 ? assignment : assignment.substring(0, cut);
    }

    private void listMembers(String name) {
        Optional<StrategySet> valid = validStrategies(membersTitle);
        if (valid.isEmpty()) {
            return;
        }
        SortedSet<String> found;
        try (Ledger ledger = desk.openLedger()) {
            found = engine.customersOf(valid.get().strategies(), name, ledger, desk.asOf());
        }
        members.setItems(found.toArray(String[]::new));
        membersTitle.setText(name + " gets " + found.size() + " customers (double-click one to open it)");
    }

    private void previewCustomer() {
        String id = customer.getText().trim();
        Optional<StrategySet> valid = validStrategies(customerAssignment);
        if (id.isEmpty() || valid.isEmpty()) {
            customerAssignment.setText(id.isEmpty() ? "Type a customer id." : customerAssignment.getText());
            return;
        }
        Optional<Decision> decision;
        try (Ledger ledger = desk.openLedger()) {
            decision = engine.explain(valid.get().strategies(), ledger, id, desk.asOf());
        }
        customerAssignment.setText(decision.map(d -> id + " on " + desk.asOf() + ": "
                + d.strategy().orElse("no strategy") + " — " + d.assignment()).orElse("No customer " + id));
        customerAssignment.getParent().layout(true, true);
    }

    private void assign(String to) {
        String id = customer.getText().trim();
        if (id.isEmpty()) {
            customerAssignment.setText("Type a customer id.");
            return;
        }
        try (Ledger ledger = desk.openLedger()) {
            if (ledger.customers().find(id).isEmpty()) {
                customerAssignment.setText("No customer " + id + " in " + desk.location());
                return;
            }
            ledger.customers().assign(id, to);
        }
        previewCustomer();
    }
}
