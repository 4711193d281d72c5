package io.dunwise.ui.parts;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Balances;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Payment;
import io.dunwise.operations.CollectionsDesk;
import io.dunwise.operations.InvoiceShare;
import io.dunwise.operations.OperationParameters;
import io.dunwise.ui.desk.Controls;
import io.dunwise.ui.desk.CurrentCustomer;
import io.dunwise.ui.desk.Desk;
import io.dunwise.ui.desk.DeskChanges;
import io.dunwise.ui.desk.Failure;
import io.dunwise.ui.desk.PartIds;
import io.dunwise.ui.desk.Tables;
import io.dunwise.ui.dialogs.FieldsDialog;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;

/**
 * The collections page of one customer: open invoices, payments, activities, letters, process history and cases,
 * and the desk's operations on them — settle (R21), write off with a reason code (R22), NSF (R23), mark disputed or
 * promised and reopen (R26), open a case (R24). Each operation goes through the same {@link CollectionsDesk} and
 * ledger services as the command line; one that cannot be applied says why and changes nothing.
 */
public class CustomerPart {

    private final Desk desk;
    private final CollectionsDesk operations;
    private final EPartService parts;
    private final DeskChanges changes;
    private String customerId;
    private CustomerFile file;
    private Label header;
    private Label status;
    private TableViewer invoices;
    private TableViewer payments;
    private TableViewer activities;
    private TableViewer letters;
    private TableViewer history;
    private TableViewer cases;
    private Composite root;

    @Inject
    public CustomerPart(Desk desk, CollectionsDesk operations, EPartService parts, DeskChanges changes) {
        this.desk = desk;
        this.operations = operations;
        this.parts = parts;
        this.changes = changes;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void customer(@Named(CurrentCustomer.KEY) String id) {
        customerId = id;
        if (root != null && !root.isDisposed()) {
            load();
        }
    }

    @PostConstruct
    void createControls(Composite parent) {
        root = parent;
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        header = Tables.name(new Label(parent, SWT.WRAP), "customer.header");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);

        Composite actions = new Composite(parent, SWT.NONE);
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.marginLeft = 0;
        actions.setLayout(wrapping);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(actions);
        Controls.button(actions, "Settle…", "customer.settle", this::settle);
        Controls.button(actions, "Write off…", "customer.writeOff", this::writeOff);
        Controls.button(actions, "NSF…", "customer.nsf", this::nsf);
        Controls.button(actions, "Dispute", "customer.dispute", this::dispute);
        Controls.button(actions, "Promise…", "customer.promise", this::promise);
        Controls.button(actions, "Reopen", "customer.reopen", this::reopen);
        Controls.button(actions, "Open case…", "customer.openCase", this::openCase);
        Controls.button(actions, "Why?", "customer.explain", this::explain);
        status = Tables.name(new Label(parent, SWT.WRAP), "customer.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        TabFolder tabs = Tables.name(new TabFolder(parent, SWT.TOP), "customer.tabs");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        invoices = Controls.tableTab(tabs, "Open invoices", "customer.invoices");
        Tables.column(invoices, Invoice.class, "Invoice", 90, Invoice::id);
        Tables.column(invoices, Invoice.class, "Date", 85, i -> i.invoiceDate().toString());
        Tables.column(invoices, Invoice.class, "Due", 85, i -> i.dueDate().toString());
        Tables.amountColumn(invoices, Invoice.class, "Amount", 100, i -> i.amount().toString());
        Tables.amountColumn(invoices, Invoice.class, "Open", 100, i -> i.openAmount().toString());
        Tables.column(invoices, Invoice.class, "Status", 75, i -> i.status().label());
        Tables.column(invoices, Invoice.class, "Promised", 160, i -> i.promiseDate() == null ? ""
                : i.promiseDate() + (i.promisedAmount() == null ? "" : " " + i.promisedAmount()));
        payments = Controls.tableTab(tabs, "Payments", "customer.payments");
        Tables.column(payments, Payment.class, "Payment", 110, Payment::id);
        Tables.column(payments, Payment.class, "Date", 90, p -> p.date().toString());
        Tables.amountColumn(payments, Payment.class, "Amount", 110, p -> p.amount().toString());
        Tables.amountColumn(payments, Payment.class, "Unapplied", 100,
                p -> String.format("%,.2f", CustomerFile.unapplied(p)));
        Tables.column(payments, Payment.class, "Bank", 90, Payment::bankAccount);
        Tables.column(payments, Payment.class, "Settles", 260, p -> String.join(", ",
                p.settlements().stream().map(s -> s.invoiceId() + " " + s.amount().value()).toList()));
        activities = Controls.tableTab(tabs, "Activities", "customer.activities");
        Tables.column(activities, Activity.class, "Start", 90, a -> String.valueOf(a.start()));
        Tables.column(activities, Activity.class, "Due", 90, a -> String.valueOf(a.due()));
        Tables.column(activities, Activity.class, "Type", 80, Activity::type);
        Tables.column(activities, Activity.class, "Invoice", 90, Activity::invoiceId);
        Tables.column(activities, Activity.class, "Agent", 70, Activity::agentId);
        Tables.column(activities, Activity.class, "Done", 50, a -> a.done() ? "yes" : "");
        Tables.column(activities, Activity.class, "Details", 300, Activity::details);
        letters = Controls.tableTab(tabs, "Letters", "customer.letters");
        Tables.column(letters, CollectionLetter.class, "Number", 70, l -> Long.toString(l.number()));
        Tables.column(letters, CollectionLetter.class, "Date", 90, l -> l.date().toString());
        Tables.column(letters, CollectionLetter.class, "Level", 50, l -> Integer.toString(l.level()));
        Tables.amountColumn(letters, CollectionLetter.class, "Total", 110, l -> String.valueOf(l.total()));
        Tables.column(letters, CollectionLetter.class, "Invoices", 300, l -> String.join(", ", l.invoiceIds()));
        history = Controls.tableTab(tabs, "History", "customer.history");
        Tables.column(history, HistoryEntry.class, "Date", 90, h -> h.date().toString());
        Tables.column(history, HistoryEntry.class, "Strategy", 100, HistoryEntry::strategy);
        Tables.column(history, HistoryEntry.class, "Step", 160, HistoryEntry::step);
        Tables.column(history, HistoryEntry.class, "Type", 80, HistoryEntry::actionType);
        Tables.column(history, HistoryEntry.class, "Invoices", 140, h -> String.join(", ", h.invoiceIds()));
        Tables.column(history, HistoryEntry.class, "Outcome", 90, h -> String.valueOf(h.outcome()));
        Tables.column(history, HistoryEntry.class, "Reason", 220, HistoryEntry::reason);
        cases = Controls.tableTab(tabs, "Cases", "customer.cases");
        Tables.column(cases, CollectionsCase.class, "Case", 60, c -> Long.toString(c.id()));
        Tables.column(cases, CollectionsCase.class, "Opened", 90, c -> c.opened().toString());
        Tables.column(cases, CollectionsCase.class, "Category", 110, CollectionsCase::category);
        Tables.column(cases, CollectionsCase.class, "Status", 90, CollectionsCase::status);
        Tables.column(cases, CollectionsCase.class, "Owner", 80, CollectionsCase::ownerId);
        Tables.column(cases, CollectionsCase.class, "Invoices", 240, c -> String.join(", ", c.invoiceIds()));
        load();
    }

    private void load() {
        if (customerId == null) {
            header.setText("No customer open: double-click one in Overdue customers or Aged balances.");
            return;
        }
        try (Ledger ledger = desk.openLedger()) {
            file = CustomerFile.read(ledger, customerId).orElse(null);
        } catch (RuntimeException e) {
            file = null;
            header.setText("Cannot read customer " + customerId + " in " + desk.location() + ": " + Failure.reason(e));
            return;
        }
        if (file == null) {
            header.setText("No customer " + customerId + " in " + desk.location());
            return;
        }
        var customer = file.customer();
        header.setText(String.format("%s — %s (%s, %s)   open %s in %d invoices%s%s", customer.id(),
                customer.name(), customer.country(), customer.language(), money(file.openBalance()),
                file.openInvoices().size(), customer.hold() == null ? "" : "   on hold: " + customer.hold().reason(),
                customer.manualStrategy() == null ? "" : "   assigned by hand to " + customer.manualStrategy()));
        invoices.setInput(file.openInvoices());
        payments.setInput(file.payments());
        activities.setInput(file.activities());
        letters.setInput(file.letters());
        history.setInput(file.history());
        cases.setInput(file.cases());
        root.layout(true, true);
    }

    /**
     * {@code 1,200.00 EUR + 5,000.00 SEK}: each currency's balance in its own currency, never their sum labelled
     * with the customer's currency (issue 18 §2); {@code 0.00 EUR} in the customer's currency when nothing is open.
     */
    private String money(Balances balances) {
        if (balances.isEmpty()) {
            String currency = file.customer().currency();
            return "0.00" + (currency == null ? "" : " " + currency);
        }
        return balances.amounts().stream().map(amount -> String.format("%,.2f %s", amount.value(), amount.currency()))
                .collect(Collectors.joining(" + "));
    }

    private List<Invoice> selectedInvoices() {
        return invoices.getStructuredSelection().toList().stream().map(Invoice.class::cast).toList();
    }

    private List<String> selectedInvoiceIds() {
        return selectedInvoices().stream().map(Invoice::id).toList();
    }

    /** Applies one operation on the ledger, then shows its outcome; a refused one changes nothing. */
    private void apply(String done, Consumer<Ledger> operation) {
        if (file == null) {
            status.setText("Open a customer first.");
            return;
        }
        try (Ledger ledger = desk.openLedger()) {
            operation.accept(ledger);
        } catch (LedgerException | IllegalArgumentException e) {
            status.setText("Not done: " + e.getMessage());
            return;
        }
        load();
        status.setText(done);
        changes.changed();
    }

    private boolean needInvoices() {
        if (selectedInvoices().isEmpty()) {
            status.setText("Select one or more open invoices first.");
            return false;
        }
        return true;
    }

    private OperationParameters parameters() {
        StrategySet set = desk.strategies();
        return OperationParameters.of(set.parameters());
    }

    private List<String> paymentChoices(boolean unappliedOnly) {
        return file.payments().stream()
                .filter(p -> !unappliedOnly || CustomerFile.unapplied(p).signum() > 0)
                .map(p -> p.id() + "  " + p.date() + "  " + p.amount()).toList();
    }

    private void settle() {
        if (file == null || !needInvoices()) {
            return;
        }
        List<String> choices = paymentChoices(true);
        if (choices.isEmpty()) {
            status.setText("No payment with an unapplied amount to settle with.");
            return;
        }
        FieldsDialog dialog = new FieldsDialog(root.getShell(), "Settle", "Settle " + selectedInvoiceIds()
                + " with a payment's unapplied amount (R21).").choice("Payment", choices, choices.get(0));
        if (dialog.open() != Dialog.OK) {
            return;
        }
        String payment = dialog.value("Payment").split("\\s+")[0];
        List<InvoiceShare> shares = selectedInvoiceIds().stream().map(InvoiceShare::all).toList();
        apply("Settled " + selectedInvoiceIds() + " with " + payment, ledger -> operations.settlePayment(ledger,
                parameters(), payment, shares, desk.asOf()));
    }

    private void writeOff() {
        if (file == null || !needInvoices()) {
            return;
        }
        OperationParameters parameters = parameters();
        FieldsDialog dialog = new FieldsDialog(root.getShell(), "Write off", "Write off the open amount of "
                + selectedInvoiceIds() + " (R22).").text("Reason code", parameters.writeOffReason());
        if (dialog.open() != Dialog.OK) {
            return;
        }
        List<String> ids = selectedInvoiceIds();
        String reason = dialog.value("Reason code");
        apply("Wrote off " + ids + ", reason " + reason,
                ledger -> operations.writeOff(ledger, parameters, ids, reason, desk.asOf()));
    }

    private void nsf() {
        if (file == null) {
            return;
        }
        List<String> choices = paymentChoices(false);
        if (choices.isEmpty()) {
            status.setText("The customer has no payment to return.");
            return;
        }
        FieldsDialog dialog = new FieldsDialog(root.getShell(), "Returned payment (NSF)", "Reverse a payment the "
                + "bank returned; the invoices it settled open again (R23).")
                .choice("Payment", choices, choices.get(0)).check("Charge the NSF fee", true);
        if (dialog.open() != Dialog.OK) {
            return;
        }
        String payment = dialog.value("Payment").split("\\s+")[0];
        boolean fee = Boolean.parseBoolean(dialog.value("Charge the NSF fee"));
        apply("Returned " + payment + (fee ? " with the NSF fee" : ""), ledger -> operations.returnPayment(ledger,
                parameters(), payment, fee, desk.asOf()));
    }

    private void dispute() {
        if (file == null || !needInvoices()) {
            return;
        }
        List<String> ids = selectedInvoiceIds();
        apply("Disputed " + ids + ": not chased until reopened (R26)",
                ledger -> ids.forEach(ledger.invoices()::dispute));
    }

    private void reopen() {
        if (file == null || !needInvoices()) {
            return;
        }
        List<String> ids = selectedInvoiceIds();
        apply("Reopened " + ids + ": chased again (R26)", ledger -> ids.forEach(ledger.invoices()::reopen));
    }

    private void promise() {
        if (file == null || !needInvoices()) {
            return;
        }
        Invoice invoice = selectedInvoices().get(0);
        FieldsDialog dialog = new FieldsDialog(root.getShell(), "Promise to pay", "The customer promises to pay "
                + invoice.id() + "; it is not chased until the date, and a broken promise is noted (R26).")
                .text("Date", desk.asOf().plusDays(14).toString())
                .text("Amount", invoice.openAmount().value().toPlainString());
        if (dialog.open() != Dialog.OK) {
            return;
        }
        LocalDate date;
        Amount amount;
        try {
            date = LocalDate.parse(dialog.value("Date"));
            amount = new Amount(new BigDecimal(dialog.value("Amount")), invoice.currency());
        } catch (DateTimeParseException | NumberFormatException e) {
            status.setText("Not done: a date is written 2026-12-01 and an amount 120.50 (" + e.getMessage() + ")");
            return;
        }
        apply("Promise recorded for " + invoice.id() + ": " + amount + " by " + date,
                ledger -> ledger.invoices().promise(invoice.id(), date, amount));
    }

    private void openCase() {
        if (file == null) {
            return;
        }
        FieldsDialog dialog = new FieldsDialog(root.getShell(), "Open a case", "A collections case for "
                + file.customer().id() + " with the selected invoices (R24).")
                .text("Category", "dispute").text("Status", "open").text("Owner", "");
        if (dialog.open() != Dialog.OK) {
            return;
        }
        List<String> ids = selectedInvoiceIds();
        apply("Case opened for " + (ids.isEmpty() ? "the customer" : ids.toString()), ledger -> operations.openCase(
                ledger, file.customer().id(), dialog.value("Category"), dialog.value("Status"),
                dialog.value("Owner").isEmpty() ? null : dialog.value("Owner"), ids, List.of(), desk.asOf()));
    }

    private void explain() {
        parts.showPart(PartIds.EXPLANATION, PartState.ACTIVATE);
    }

    @Focus
    void setFocus() {
        invoices.getControl().setFocus();
    }
}
