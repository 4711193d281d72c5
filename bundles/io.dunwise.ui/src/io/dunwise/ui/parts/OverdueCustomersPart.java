package io.dunwise.ui.parts;

import io.dunwise.engine.AccountPosition;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The customers a collections agent should look at first: every customer with an open balance, most overdue
 * first, with its leading invoice (R7). The part only binds what the engine computes.
 */
public class OverdueCustomersPart {

    private final LedgerStore store;
    private final CollectionEngine engine;
    private TableViewer viewer;

    @Inject
    public OverdueCustomersPart(LedgerStore store, CollectionEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        LocalDate today = LocalDate.now();
        List<AccountPosition> positions;
        String location;
        try (Ledger ledger = WorkbenchLedger.open(store)) {
            location = ledger.location();
            positions = engine.positions(ledger, today);
        }
        Label summary = new Label(parent, SWT.NONE);
        long overdue = positions.stream().filter(p -> p.daysOverdue() > 0).count();
        summary.setText(String.format("%d customers with open invoices, %d overdue on %s — ledger %s",
                positions.size(), overdue, today, location));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Customer", 90, AccountPosition::customerId);
        column("Name", 240, AccountPosition::name);
        column("Country", 70, AccountPosition::country);
        column("Open balance", 140, p -> p.openBalance().toString());
        column("Leading invoice", 130, p -> p.leadingInvoiceId().orElse("—"));
        column("Due", 100, p -> p.leadingDueDate().map(LocalDate::toString).orElse(""));
        column("Days overdue", 100, p -> p.daysOverdue() > 0 ? Long.toString(p.daysOverdue()) : "");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(positions);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
    }

    private void column(String title, int width, Function<AccountPosition, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AccountPosition) element);
            }
        });
    }

    @Focus
    void setFocus() {
        viewer.getControl().setFocus();
    }
}
