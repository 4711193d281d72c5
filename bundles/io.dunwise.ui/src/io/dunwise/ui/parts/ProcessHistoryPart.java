package io.dunwise.ui.parts;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ui.desk.Controls;
import io.dunwise.ui.desk.CurrentCustomer;
import io.dunwise.ui.desk.Desk;
import io.dunwise.ui.desk.Failure;
import io.dunwise.ui.desk.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

/**
 * The process history (R16): every action the runs of a date recorded, with its outcome, or the outbox — actions
 * recorded and not yet completed, which the next run completes first. A double click opens the customer.
 */
public class ProcessHistoryPart {

    private final Desk desk;
    private final CurrentCustomer current;
    private DateTime date;
    private Label summary;
    private TableViewer entries;

    @Inject
    public ProcessHistoryPart(Desk desk, CurrentCustomer current) {
        this.desk = desk;
        this.current = current;
    }

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Run date");
        date = Controls.datePicker(bar, "history.date", desk.asOf());
        Controls.button(bar, "Show the date's actions", "history.show", () -> {
            LocalDate on = Controls.date(date);
            show("Actions recorded on " + on, ledger -> ledger.history().onDate(on));
        });
        Controls.button(bar, "Show the outbox", "history.outbox", () -> show(
                "The outbox: actions recorded and not yet completed", ledger -> ledger.history().pending()));
        summary = Tables.name(new Label(parent, SWT.WRAP), "history.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        entries = Tables.viewer(parent, "history.entries");
        Tables.column(entries, HistoryEntry.class, "Date", 90, e -> e.date().toString());
        Tables.column(entries, HistoryEntry.class, "Customer", 90, HistoryEntry::customerId);
        Tables.column(entries, HistoryEntry.class, "Strategy", 100, HistoryEntry::strategy);
        Tables.column(entries, HistoryEntry.class, "Step", 160, HistoryEntry::step);
        Tables.column(entries, HistoryEntry.class, "Type", 80, HistoryEntry::actionType);
        Tables.column(entries, HistoryEntry.class, "Invoices", 140, e -> String.join(", ", e.invoiceIds()));
        Tables.column(entries, HistoryEntry.class, "Outcome", 90, e -> String.valueOf(e.outcome()));
        Tables.column(entries, HistoryEntry.class, "Reason", 200, HistoryEntry::reason);
        Tables.column(entries, HistoryEntry.class, "Run", 120, HistoryEntry::runId);
        current.openOnDoubleClick(entries, HistoryEntry.class, HistoryEntry::customerId);
        LocalDate on = desk.asOf();
        show("Actions recorded on " + on, ledger -> ledger.history().onDate(on));
    }

    private void show(String what, Function<Ledger, List<HistoryEntry>> query) {
        List<HistoryEntry> found;
        try (Ledger ledger = desk.openLedger()) {
            found = query.apply(ledger);
        } catch (RuntimeException e) {
            entries.setInput(List.of());
            summary.setText(what + ": cannot be read: " + Failure.reason(e));
            return;
        }
        entries.setInput(found);
        summary.setText(what + ": " + found.size() + (found.isEmpty() ? " (a run on that date records them)" : ""));
    }
}
