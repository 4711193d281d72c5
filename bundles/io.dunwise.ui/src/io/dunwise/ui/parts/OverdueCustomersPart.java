package io.dunwise.ui.parts;

import io.dunwise.engine.AccountPosition;
import io.dunwise.engine.CollectionEngine;
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
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The customers a collections agent should look at first: every customer with an open balance, most overdue
 * first, with its open balance per currency and its leading invoice (R7). A double click opens the customer's
 * page. The part only binds what the engine computes; when that fails, the part says why.
 */
public class OverdueCustomersPart {

    private final Desk desk;
    private final CollectionEngine engine;
    private final CurrentCustomer current;
    private TableViewer viewer;
    private Label summary;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private Logger log;

    @Inject
    public OverdueCustomersPart(Desk desk, CollectionEngine engine, CurrentCustomer current) {
        this.desk = desk;
        this.engine = engine;
        this.current = current;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void deskChanged(@Named(DeskChanges.KEY) Long revision) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            load();
        }
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = Tables.name(new Label(parent, SWT.NONE), "overdue.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = Tables.viewer(parent, "overdue.customers");
        Tables.column(viewer, AccountPosition.class, "Customer", 90, AccountPosition::customerId);
        Tables.column(viewer, AccountPosition.class, "Name", 240, AccountPosition::name);
        Tables.column(viewer, AccountPosition.class, "Country", 70, AccountPosition::country);
        Tables.amountColumn(viewer, AccountPosition.class, "Open balance", 220, p -> p.openBalance().toString());
        Tables.column(viewer, AccountPosition.class, "Leading invoice", 130, p -> p.leadingInvoiceId().orElse("—"));
        Tables.column(viewer, AccountPosition.class, "Due", 100,
                p -> p.leadingDueDate().map(LocalDate::toString).orElse(""));
        Tables.amountColumn(viewer, AccountPosition.class, "Days overdue", 100,
                p -> p.daysOverdue() > 0 ? Long.toString(p.daysOverdue()) : "");
        current.openOnDoubleClick(viewer, AccountPosition.class, AccountPosition::customerId);
        load();
    }

    /** Reads the positions again, keeping the selected customer selected. */
    private void load() {
        LocalDate asOf = desk.asOf();
        List<AccountPosition> positions;
        try (Ledger ledger = desk.openLedger()) {
            positions = engine.positions(ledger, asOf);
        } catch (RuntimeException e) {
            summary.setText(String.format("Cannot list the customers with open invoices on %s: %s%nLedger %s", asOf,
                    Failure.reason(e), desk.location()));
            viewer.setInput(List.of());
            summary.getParent().layout(true, true);
            if (log != null) {
                log.error(e, "overdue customers on " + asOf);
            }
            return;
        }
        long overdue = positions.stream().filter(p -> p.daysOverdue() > 0).count();
        summary.setText(String.format("%d of %d customers with open invoices are overdue on %s; double-click one to "
                + "open it.%nLedger %s", overdue, positions.size(), asOf, desk.location()));
        Object selected = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(positions);
        if (selected instanceof AccountPosition was) {
            positions.stream().filter(p -> p.customerId().equals(was.customerId())).findFirst()
                    .ifPresent(p -> viewer.setSelection(new StructuredSelection(p), true));
        }
    }

    @Focus
    void setFocus() {
        viewer.getControl().setFocus();
    }
}
