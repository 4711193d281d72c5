package io.dunwise.ui.parts;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.Decision;
import io.dunwise.engine.Decision.InvoiceState;
import io.dunwise.engine.Decision.StepState;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ui.desk.CurrentCustomer;
import io.dunwise.ui.desk.Desk;
import io.dunwise.ui.desk.DeskChanges;
import io.dunwise.ui.desk.Failure;
import io.dunwise.ui.desk.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Why the engine does what it does for the customer looked at, on the desk date (R28): its strategy and why it is
 * assigned to it (R5), the state of each open invoice (R7, R26), each step with its reach date (R9, R10), the quiet
 * period (R11), the exclusion (R6) and the actions that follow — the same explanation as {@code dunwise explain}.
 */
public class ExplanationPart {

    private final Desk desk;
    private final CollectionEngine engine;
    private String customerId;
    private Composite root;
    private Label summary;
    private TableViewer invoices;
    private TableViewer steps;
    private TableViewer actions;

    @Inject
    public ExplanationPart(Desk desk, CollectionEngine engine) {
        this.desk = desk;
        this.engine = engine;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void customer(@Named(CurrentCustomer.KEY) String id) {
        customerId = id;
        if (root != null && !root.isDisposed()) {
            explain();
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void deskChanged(@Named(DeskChanges.KEY) Long revision) {
        if (root != null && !root.isDisposed()) {
            explain();
        }
    }

    @PostConstruct
    void createControls(Composite parent) {
        root = parent;
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        summary = Tables.name(new Label(parent, SWT.WRAP), "explanation.summary");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        new Label(parent, SWT.NONE).setText("Open invoices");
        invoices = Tables.viewer(parent, "explanation.invoices");
        Tables.column(invoices, InvoiceState.class, "Invoice", 100, InvoiceState::invoiceId);
        Tables.column(invoices, InvoiceState.class, "Due", 90, i -> i.dueDate().toString());
        Tables.amountColumn(invoices, InvoiceState.class, "Open", 110, InvoiceState::openAmount);
        Tables.column(invoices, InvoiceState.class, "State", 260, InvoiceState::state);
        new Label(parent, SWT.NONE).setText("Steps");
        steps = Tables.viewer(parent, "explanation.steps");
        Tables.column(steps, StepState.class, "Step", 180, StepState::step);
        Tables.column(steps, StepState.class, "Type", 90, s -> s.actionType() + (s.predunning() ? " (pre-dunning)" : ""));
        Tables.column(steps, StepState.class, "Reached on", 90, s -> s.reachDate().map(LocalDate::toString).orElse(""));
        Tables.column(steps, StepState.class, "State", 220, StepState::state);
        new Label(parent, SWT.NONE).setText("Actions");
        actions = Tables.viewer(parent, "explanation.actions");
        Tables.column(actions, PlannedAction.class, "Type", 90, PlannedAction::actionType);
        Tables.column(actions, PlannedAction.class, "Step", 180, PlannedAction::step);
        Tables.column(actions, PlannedAction.class, "Invoices", 160, a -> String.join(", ", a.invoiceIds()));
        Tables.column(actions, PlannedAction.class, "Outcome", 220, PlannedAction::label);
        explain();
    }

    private void explain() {
        if (customerId == null) {
            summary.setText("Open a customer to see why the engine plans what it plans.");
            return;
        }
        StrategySet set = desk.strategies();
        if (set.hasErrors()) {
            summary.setText("The strategy files have errors; fix them in the strategy editor first.");
            return;
        }
        Optional<Decision> decision;
        try (Ledger ledger = desk.openLedger()) {
            decision = engine.explain(set.strategies(), ledger, customerId, desk.asOf());
        } catch (RuntimeException e) {
            summary.setText("Cannot explain " + customerId + " on " + desk.asOf() + ": " + Failure.reason(e));
            return;
        }
        if (decision.isEmpty()) {
            summary.setText("No customer " + customerId);
            return;
        }
        Decision d = decision.get();
        summary.setText(String.format("%s on %s: strategy %s — %s%nOpen balance: %s%nLeading invoice: %s%n"
                + "Quiet days: %s%nExclusion: %s%n%d action(s) due.", d.customerId(), d.asOf(),
                d.strategy().orElse("none"), d.assignment(), d.openBalance(), d.leading().orElse("none"), d.quiet(),
                d.exclusion(), d.actions().size()));
        invoices.setInput(d.invoices());
        steps.setInput(d.steps());
        actions.setInput(List.copyOf(d.actions()));
        root.layout(true, true);
    }
}
