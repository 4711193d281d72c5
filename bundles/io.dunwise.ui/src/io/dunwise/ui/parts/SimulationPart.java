package io.dunwise.ui.parts;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ui.desk.Controls;
import io.dunwise.ui.desk.CurrentCustomer;
import io.dunwise.ui.desk.Desk;
import io.dunwise.ui.desk.DeskJob;
import io.dunwise.ui.desk.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Simulation (R17): the actions a run would create on a chosen date — the desk date by default — with nothing
 * written, computed as a background job with progress. A double click opens the customer.
 */
public class SimulationPart {

    private final Desk desk;
    private final CollectionEngine engine;
    private final CurrentCustomer current;
    private DateTime date;
    private Button simulate;
    private ProgressBar progress;
    private Label summary;
    private TableViewer actions;

    @Inject
    public SimulationPart(Desk desk, CollectionEngine engine, CurrentCustomer current) {
        this.desk = desk;
        this.engine = engine;
        this.current = current;
    }

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Actions a run would create on");
        date = Controls.datePicker(bar, "simulation.date", desk.asOf());
        simulate = Controls.button(bar, "Simulate", "simulation.run", this::run);
        progress = DeskJob.bar(bar, "simulation.progress");
        summary = Tables.name(new Label(parent, SWT.WRAP), "simulation.summary");
        summary.setText("Choose a date and press Simulate; nothing is written.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        actions = Tables.viewer(parent, "simulation.actions");
        Tables.column(actions, PlannedAction.class, "Customer", 90, PlannedAction::customerId);
        Tables.column(actions, PlannedAction.class, "Strategy", 100, PlannedAction::strategy);
        Tables.column(actions, PlannedAction.class, "Step", 180, PlannedAction::step);
        Tables.column(actions, PlannedAction.class, "Type", 90, PlannedAction::actionType);
        Tables.column(actions, PlannedAction.class, "Invoices", 180, a -> String.join(", ", a.invoiceIds()));
        Tables.column(actions, PlannedAction.class, "Outcome", 240, PlannedAction::label);
        current.openOnDoubleClick(actions, PlannedAction.class, PlannedAction::customerId);
    }

    private void run() {
        LocalDate on = Controls.date(date);
        StrategySet set = desk.strategies();
        if (set.hasErrors()) {
            summary.setText("The strategy files have errors; fix them in the strategy editor first.");
            return;
        }
        summary.setText("Simulating " + on + " …");
        DeskJob.start("Simulate " + on, progress, simulate, work -> {
            List<PlannedAction> planned = new ArrayList<>();
            try (Ledger ledger = desk.openLedger()) {
                engine.simulate(set.strategies(), ledger, on, work::worked,
                        decision -> planned.addAll(decision.actions()));
            }
            return planned;
        }, planned -> {
            actions.setInput(planned);
            Map<String, Long> byType = planned.stream().collect(Collectors.groupingBy(
                    a -> a.actionType() + " " + a.label().split(":")[0], TreeMap::new, Collectors.counting()));
            summary.setText(String.format("On %s a run would create %d actions for %d customers: %s", on,
                    planned.size(), planned.stream().map(PlannedAction::customerId).distinct().count(),
                    byType.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", "))));
        }, message -> {
            summary.setText("Simulation failed: " + message);
        });
    }
}
