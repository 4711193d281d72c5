package io.dunwise.ui.parts;

import io.dunwise.aging.AgedBalances;
import io.dunwise.aging.AgedList;
import io.dunwise.aging.AgedQuery;
import io.dunwise.aging.AgedTotal;
import io.dunwise.aging.UnknownPoolOrAgent;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.ledger.api.AgedBalance;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Pool;
import io.dunwise.ui.desk.CurrentCustomer;
import io.dunwise.ui.desk.Desk;
import io.dunwise.ui.desk.DeskJob;
import io.dunwise.ui.desk.Failure;
import io.dunwise.ui.desk.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Aged balances (R20): each customer's latest aging snapshot with the periods of its definition, filtered by pool
 * or by the agent who owns pools (R2), the totals per currency and a chart of the buckets. {@code Create snapshot}
 * makes a snapshot of every customer, or of the chosen pool by the pool's definition (R19), as a background job.
 */
public class AgedBalancesPart {

    private static final String ALL = "(all customers)";
    private static final String ANY_AGENT = "(any agent)";
    private static final int LIMIT = 500;

    private final Desk desk;
    private final AgedBalances aging;
    private final CurrentCustomer current;
    private Combo pool;
    private Combo agent;
    private Combo snapshot;
    private Label status;
    private ProgressBar progress;
    private TableViewer rows;
    private TableViewer totals;
    private BucketChart chart;
    private AgedList list;

    @Inject
    public AgedBalancesPart(Desk desk, AgedBalances aging, CurrentCustomer current) {
        this.desk = desk;
        this.aging = aging;
        this.current = current;
    }

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        new Label(filters, SWT.NONE).setText("Pool");
        pool = Tables.name(new Combo(filters, SWT.READ_ONLY), "aged.pool");
        new Label(filters, SWT.NONE).setText("Agent");
        agent = Tables.name(new Combo(filters, SWT.READ_ONLY), "aged.agent");
        new Label(filters, SWT.NONE).setText("Snapshot");
        snapshot = Tables.name(new Combo(filters, SWT.READ_ONLY), "aged.snapshot");
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(snapshot);
        Button create = Tables.name(new Button(filters, SWT.PUSH), "aged.createSnapshot");
        create.setText("Create snapshot");
        progress = DeskJob.busyBar(filters, "aged.progress");
        status = Tables.name(new Label(parent, SWT.WRAP), "aged.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
        rows = Tables.viewer(top, "aged.rows");
        current.openOnDoubleClick(rows, AgedBalance.class, AgedBalance::customerId);
        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        Composite left = new Composite(bottom, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        totals = Tables.viewer(left, "aged.totals");
        chart = new BucketChart(bottom);
        Tables.name(chart.control(), "aged.chart");
        sash.setWeights(60, 40);
        bottom.setWeights(50, 50);

        fillFilters();
        pool.addListener(SWT.Selection, event -> {
            agent.select(0);
            refresh();
        });
        agent.addListener(SWT.Selection, event -> {
            pool.select(0);
            refresh();
        });
        snapshot.addListener(SWT.Selection, event -> show());
        create.addListener(SWT.Selection, event -> createSnapshot(create));
        refresh();
    }

    private void fillFilters() {
        StrategySet set = desk.strategies();
        pool.add(ALL);
        agent.add(ANY_AGENT);
        set.pools().stream().map(Pool::getName).sorted().forEach(pool::add);
        set.pools().stream().map(Pool::getOwner).filter(Objects::nonNull).distinct().sorted().forEach(agent::add);
        pool.select(0);
        agent.select(0);
    }

    private String chosen(Combo combo) {
        return combo.getSelectionIndex() <= 0 ? null : combo.getText();
    }

    /** Lists the latest balances for the filters. */
    void refresh() {
        StrategySet set = desk.strategies();
        try (Ledger ledger = desk.openLedger()) {
            list = aging.list(set.contents(), ledger, new AgedQuery(chosen(pool), chosen(agent), desk.asOf(), LIMIT));
        } catch (UnknownPoolOrAgent e) {
            list = null;
            status.setText(e.getMessage());
            return;
        } catch (RuntimeException e) {
            list = null;
            status.setText("Cannot read the aged balances on " + desk.asOf() + ": " + Failure.reason(e));
            return;
        }
        snapshot.removeAll();
        for (AgingSnapshot each : list.snapshots().values()) {
            snapshot.add(String.format("%d: %s, %s, %s", each.id(), each.asOf(),
                    each.pool() == null ? "every customer" : "pool " + each.pool(), each.definition()));
        }
        if (snapshot.getItemCount() > 0) {
            snapshot.select(snapshot.getItemCount() - 1);
        }
        show();
    }

    private void show() {
        if (list == null || list.snapshots().isEmpty()) {
            status.setText("No aged balances on " + desk.asOf() + ": create a snapshot.");
            rows.setInput(List.of());
            totals.setInput(List.of());
            chart.show(List.of(), null);
            return;
        }
        AgingSnapshot shown = new ArrayList<>(list.snapshots().values()).get(snapshot.getSelectionIndex());
        columns(shown);
        List<AgedBalance> balances = list.rows().stream().filter(row -> row.snapshotId() == shown.id()).toList();
        List<AgedTotal> sums = list.totals().stream().filter(total -> total.snapshotId() == shown.id()).toList();
        rows.setInput(balances);
        totals.setInput(sums);
        chart.show(shown.labels(), sums.stream().max((a, b) -> Long.compare(a.customers(), b.customers()))
                .orElse(null));
        // a row is a customer's balance in one currency: a customer with invoices in two currencies has two
        status.setText(String.format("Snapshot %d of %s by %s: %d balances shown of %d matched. "
                + "Double-click a customer to open its page.", shown.id(), shown.asOf(), shown.definition(),
                balances.size(), list.matched()));
        rows.getTable().getParent().layout(true, true);
    }

    private void columns(AgingSnapshot shown) {
        for (TableViewer viewer : List.of(rows, totals)) {
            for (TableColumn column : viewer.getTable().getColumns()) {
                column.dispose();
            }
        }
        Tables.column(rows, AgedBalance.class, "Customer", 90, AgedBalance::customerId);
        Tables.column(rows, AgedBalance.class, "Name", 200, AgedBalance::customerName);
        Tables.column(rows, AgedBalance.class, "Currency", 70, AgedBalance::currency);
        Tables.column(totals, AgedTotal.class, "Currency", 70, AgedTotal::currency);
        Tables.amountColumn(totals, AgedTotal.class, "Customers", 80, total -> Long.toString(total.customers()));
        for (int i = 0; i < shown.labels().size(); i++) {
            int period = i;
            Tables.amountColumn(rows, AgedBalance.class, shown.labels().get(i), 100,
                    row -> money(row.periods().get(period).value()));
            Tables.amountColumn(totals, AgedTotal.class, shown.labels().get(i), 100,
                    total -> money(total.periods().get(period).value()));
        }
        Tables.amountColumn(rows, AgedBalance.class, "Total", 110, row -> money(row.total().value()));
        Tables.amountColumn(totals, AgedTotal.class, "Total", 110, total -> money(total.total().value()));
    }

    private void createSnapshot(Button create) {
        String chosenPool = chosen(pool);
        status.setText("Creating a snapshot of " + (chosenPool == null ? "every customer" : "pool " + chosenPool)
                + " on " + desk.asOf() + " …");
        StrategySet set = desk.strategies();
        DeskJob.start("Create snapshot", progress, create, work -> {
            try (Ledger ledger = desk.openLedger()) {
                return aging.snapshot(set.contents(), ledger, desk.asOf(), chosenPool);
            }
        }, made -> {
            refresh();
            status.setText(String.format("Snapshot %d made: %d customers by %s. %s", made.id(), made.customers(),
                    made.definition(), status.getText()));
        }, message -> {
            status.setText("No snapshot: " + message);
        });
    }

    private static String money(java.math.BigDecimal value) {
        return String.format("%,.2f", value);
    }

    @Focus
    void setFocus() {
        rows.getControl().setFocus();
    }
}
