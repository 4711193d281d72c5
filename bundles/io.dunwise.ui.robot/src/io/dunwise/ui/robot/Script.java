package io.dunwise.ui.robot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The main flows of a collections agent and a power user, step by step, each step a check and a screenshot:
 * find an overdue customer and open it, dispute an invoice, see why the engine plans what it plans, settle, return a
 * payment, promise, write off and open a case through the customer page's dialogs, make and read
 * an aging snapshot, simulate, read the process history, preview and change an assignment, run a strategy file's
 * tests, break a strategy and see the marker, complete a name, mend it, change the customer's strategy so
 * that the explanation follows, and find a customer with invoices in two currencies shown with a balance each.
 */
final class Script implements Runnable {

    private static final int SLOW = 120;

    private final MApplication application;
    private final Path out;
    private final List<String> report = new ArrayList<>();
    private Ui ui;
    private EPartService parts;
    private int shot;

    Script(MApplication application, Path out) {
        this.application = application;
        this.out = out;
    }

    @Override
    public void run() {
        try {
            MWindow window = application.getChildren().get(0);
            Shell shell = (Shell) window.getWidget();
            ui = new Ui(shell.getDisplay());
            parts = window.getContext().get(EPartService.class);
            ui.run(() -> {
                shell.setBounds(shell.getDisplay().getBounds());
                shell.forceActive();
            });
            String customer = step("find and open an overdue customer", this::openOverdueCustomer);
            step("dispute an invoice on the customer page (R26)", this::disputeInvoice);
            step("explain the customer's decision (R28)", this::explain);
            step("settle, return the payment, promise, write off and open a case (R21-R24, R26)",
                    this::customerOperations);
            step("create an aging snapshot and read the aged balances (R19, R20)", this::agedBalances);
            step("simulate a run (R17)", this::simulate);
            step("read the process history (R16)", this::history);
            step("preview and change the assignment (R5)", () -> assignment(customer));
            step("run the strategy file's tests (R32)", this::strategyTests);
            step("break a strategy, see the marker, complete a name", this::strategyError);
            step("change the customer's strategy, save it, and see Why? follow (R11, R28)", this::changeStrategy);
            step("see a customer with invoices in two currencies, one balance per currency (issue 18 §2)",
                    this::mixedCurrencies);
        } catch (RuntimeException | AssertionError e) {
            report.add("FAIL robot: " + e);
        } finally {
            report.add("DONE");
            write();
            try {
                ui.run(() -> application.getContext().get(IWorkbench.class).close());
            } catch (RuntimeException e) {
                // the workbench is closing anyway
            }
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private <T> T step(String name, Step<T> step) {
        try {
            T result = step.run();
            report.add("PASS " + name);
            return result;
        } catch (Exception | AssertionError e) {
            report.add("FAIL " + name + ": " + e);
            screenshot("failed-" + name.replaceAll("[^a-z]+", "-"));
            return null;
        } finally {
            write();
        }
    }

    private void step(String name, Runnable step) {
        step(name, () -> {
            step.run();
            return null;
        });
    }

    private void show(String part) {
        ui.run(() -> parts.showPart(part, PartState.ACTIVATE));
    }

    private void screenshot(String name) {
        ui.screenshot(out, String.format("%02d-%s", ++shot, name));
    }

    private String text(String name) {
        return ui.get(() -> {
            var control = ui.find(name, org.eclipse.swt.widgets.Control.class);
            return control instanceof Label label ? label.getText() : ((Text) control).getText();
        });
    }

    private String openOverdueCustomer() {
        show("io.dunwise.ui.part.overdueCustomers");
        ui.waitFor("overdue customers", () -> ui.find("overdue.customers", Table.class).getItemCount() > 0, SLOW);
        int row = 0;
        while (row < ui.rows("overdue.customers") - 1 && ui.cell("overdue.customers", row, 6).isEmpty()) {
            row++;
        }
        String customer = ui.cell("overdue.customers", row, 0);
        check(!ui.cell("overdue.customers", row, 6).isEmpty(), "the first customer listed is overdue");
        screenshot("overdue-customers");
        ui.doubleClick("overdue.customers", row);
        ui.waitFor("customer page of " + customer, () -> text("customer.header").startsWith(customer), SLOW);
        check(ui.rows("customer.invoices") > 0, "the customer page lists open invoices of " + customer);
        screenshot("customer-" + customer);
        return customer;
    }

    private void disputeInvoice() {
        ui.select("customer.invoices", 0);
        String invoice = ui.cell("customer.invoices", 0, 0);
        ui.click("customer.dispute");
        ui.waitFor("the dispute of " + invoice, () -> text("customer.status").startsWith("Disputed"), SLOW);
        int row = ui.column("customer.invoices", 0).indexOf(invoice);
        check("disputed".equals(ui.cell("customer.invoices", row, 5)), invoice + " shows as disputed");
        ui.showTab("customer.tabs", 4);
        screenshot("customer-history");
        ui.showTab("customer.tabs", 0);
        screenshot("customer-disputed");
    }

    private void explain() {
        ui.click("customer.explain");
        ui.waitFor("the explanation", () -> text("explanation.summary").contains("strategy"), SLOW);
        check(ui.column("explanation.invoices", 3).stream().anyMatch(state -> state.contains("disputed")),
                "the explanation shows the disputed invoice as not chased");
        screenshot("explanation");
    }

    /**
     * The desk operations of the customer page, each through its dialog: settle an invoice with the unapplied
     * payment, return that payment (NSF) so the invoice opens again by as much, promise to pay, write off the
     * disputed invoice with a reason code, open a case.
     */
    private void customerOperations() {
        show("io.dunwise.ui.part.customer");
        String disputed = ui.get(() -> {
            for (var item : ui.find("customer.invoices", Table.class).getItems()) {
                if ("disputed".equals(item.getText(5))) {
                    return item.getText(0);
                }
            }
            throw new AssertionError("the disputed invoice is listed");
        });
        int row = ui.column("customer.invoices", 5).indexOf("promised") >= 0
                ? ui.column("customer.invoices", 5).indexOf("promised")
                : ui.column("customer.invoices", 5).indexOf("open");
        check(row >= 0, "an invoice not disputed is listed");
        String invoice = ui.cell("customer.invoices", row, 0);
        BigDecimal open = openAmount(invoice);

        ui.select("customer.invoices", row);
        ui.clickLater("customer.settle");
        ui.waitForDialog("Settle", SLOW);
        String payment = ui.get(() -> ui.find("dialog.Payment", Combo.class).getText().split("\\s+")[0]);
        screenshot("settle-dialog");
        ui.pressOk("Settle", SLOW);
        ui.waitFor("the settlement", () -> text("customer.status").startsWith("Settled"), SLOW);
        BigDecimal settled = openAmount(invoice);
        check(settled.compareTo(open) < 0, invoice + " owes less after the settlement: " + open + " -> " + settled);

        ui.clickLater("customer.nsf");
        ui.waitForDialog("Returned payment (NSF)", SLOW);
        ui.run(() -> {
            Combo payments = ui.find("dialog.Payment", Combo.class);
            for (int i = 0; i < payments.getItemCount(); i++) {
                if (payments.getItem(i).startsWith(payment + " ")) {
                    payments.select(i);
                }
            }
            ui.find("dialog.Charge the NSF fee", org.eclipse.swt.widgets.Button.class).setSelection(false);
        });
        ui.pressOk("Returned payment (NSF)", SLOW);
        ui.waitFor("the returned payment", () -> text("customer.status").startsWith("Returned"), SLOW);
        check(openAmount(invoice).compareTo(open) == 0, invoice + " owes " + open + " again after the NSF");

        String deskDate = System.getProperty("dunwise.asOf", "");
        LocalDate promised = (deskDate.isBlank() ? LocalDate.now() : LocalDate.parse(deskDate)).plusDays(10);
        ui.select("customer.invoices", ui.column("customer.invoices", 0).indexOf(invoice));
        ui.clickLater("customer.promise");
        ui.waitForDialog("Promise to pay", SLOW);
        ui.run(() -> ui.find("dialog.Date", Text.class).setText(promised.toString()));
        ui.pressOk("Promise to pay", SLOW);
        ui.waitFor("the promise", () -> text("customer.status").startsWith("Promise recorded"), SLOW);
        int promisedRow = ui.column("customer.invoices", 0).indexOf(invoice);
        check(ui.cell("customer.invoices", promisedRow, 6).startsWith(promised.toString()),
                invoice + " is promised by " + promised);

        ui.select("customer.invoices", ui.column("customer.invoices", 0).indexOf(disputed));
        ui.clickLater("customer.writeOff");
        ui.waitForDialog("Write off", SLOW);
        ui.run(() -> ui.find("dialog.Reason code", Text.class).setText("DISPUTE-LOST"));
        ui.pressOk("Write off", SLOW);
        ui.waitFor("the write-off", () -> text("customer.status").startsWith("Wrote off"), SLOW);
        check(!ui.column("customer.invoices", 0).contains(disputed), disputed + " is no longer open");
        ui.waitFor("the explanation to follow the write-off",
                () -> !ui.column("explanation.invoices", 0).contains(disputed), SLOW);

        ui.select("customer.invoices", ui.column("customer.invoices", 0).indexOf(invoice));
        ui.clickLater("customer.openCase");
        ui.waitForDialog("Open a case", SLOW);
        ui.pressOk("Open a case", SLOW);
        ui.waitFor("the case", () -> text("customer.status").startsWith("Case opened"), SLOW);
        ui.showTab("customer.tabs", 5);
        check(ui.column("customer.cases", 5).stream().anyMatch(ids -> ids.contains(invoice)),
                "a case holds " + invoice);
        screenshot("customer-case");
        ui.showTab("customer.tabs", 0);
    }

    private BigDecimal openAmount(String invoice) {
        int row = ui.column("customer.invoices", 0).indexOf(invoice);
        check(row >= 0, invoice + " is open");
        return new BigDecimal(ui.cell("customer.invoices", row, 4).split("\\s+")[0].replace(",", ""));
    }

    private void agedBalances() {
        show("io.dunwise.ui.part.agedBalances");
        ui.click("aged.createSnapshot");
        ui.waitFor("a snapshot", () -> text("aged.status").startsWith("Snapshot") && ui.rows("aged.rows") > 0, SLOW);
        check(ui.rows("aged.totals") > 0, "the aged balances have totals");
        screenshot("aged-balances");
        ui.run(() -> {
            Combo agent = ui.find("aged.agent", Combo.class);
            agent.select(agent.getItemCount() > 1 ? 1 : 0);
            agent.notifyListeners(SWT.Selection, new Event());
        });
        ui.waitFor("the balances of an agent's pools", () -> text("aged.status").startsWith("Snapshot"), SLOW);
        screenshot("aged-balances-by-agent");
    }

    private void simulate() {
        show("io.dunwise.ui.part.simulation");
        // the run of the desk date has done that day's actions: a week on, the next steps are due
        ui.run(() -> {
            DateTime date = ui.find("simulation.date", DateTime.class);
            LocalDate next = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()).plusDays(7);
            date.setDate(next.getYear(), next.getMonthValue() - 1, next.getDayOfMonth());
        });
        ui.click("simulation.run");
        ui.waitFor("the simulation", () -> text("simulation.summary").startsWith("On "), SLOW);
        check(ui.rows("simulation.actions") > 0, "the simulation plans actions");
        screenshot("simulation");
    }

    private void history() {
        show("io.dunwise.ui.part.history");
        ui.waitFor("the history", () -> ui.rows("history.entries") > 0, SLOW);
        screenshot("process-history");
        ui.click("history.outbox");
        ui.waitFor("the outbox", () -> text("history.summary").startsWith("The outbox"), SLOW);
    }

    private void assignment(String customer) {
        show("io.dunwise.ui.part.assignment");
        ui.click("assignment.preview");
        ui.waitFor("the process assignment", () -> ui.rows("assignment.counts") > 0, SLOW);
        ui.select("assignment.counts", 0);
        ui.waitFor("the strategy's customers", () -> ui.find("assignment.members",
                org.eclipse.swt.widgets.List.class).getItemCount() > 0, SLOW);
        ui.run(() -> ui.find("assignment.customer", Text.class).setText(customer));
        ui.click("assignment.customerPreview");
        ui.waitFor("the customer's assignment", () -> text("assignment.customerResult").startsWith(customer), SLOW);
        String before = text("assignment.customerResult");
        String target = ui.get(() -> {
            Combo strategies = ui.find("assignment.strategy", Combo.class);
            for (int i = 0; i < strategies.getItemCount(); i++) {
                if (!before.contains(": " + strategies.getItem(i) + " ")) {
                    strategies.select(i);
                    return strategies.getItem(i);
                }
            }
            throw new AssertionError("no other strategy than the customer's: " + before);
        });
        ui.click("assignment.assign");
        ui.waitFor("the manual assignment", () -> !text("assignment.customerResult").equals(before), SLOW);
        check(text("assignment.customerResult").contains(": " + target + " "),
                "the customer is now in " + target + ": " + text("assignment.customerResult"));
        screenshot("assignment");
        ui.click("assignment.clear");
    }

    private void strategyTests() {
        show("io.dunwise.ui.part.strategyEditor");
        // as a user double-clicks the tab: the editor gets the whole window
        ui.run(() -> parts.findPart("io.dunwise.ui.part.strategyEditor").getParent().getTags()
                .add(IPresentationEngine.MAXIMIZED));
        ui.waitFor("the strategy files", () -> ui.find("editor.files", org.eclipse.swt.widgets.List.class)
                .getItemCount() > 0, SLOW);
        int files = ui.get(() -> ui.find("editor.files", org.eclipse.swt.widgets.List.class).getItemCount());
        for (int file = 0; file < files; file++) {
            open(file);
            ui.click("editor.runTests");
            if (ui.rows("editor.tests") > 0) {
                check(ui.column("editor.tests", 3).stream().allMatch("passed"::equals), "the tests pass");
                screenshot("strategy-tests");
                return;
            }
        }
        throw new AssertionError("no strategy file with test blocks");
    }

    private void open(int file) {
        ui.run(() -> {
            var list = ui.find("editor.files", org.eclipse.swt.widgets.List.class);
            list.select(file);
            list.notifyListeners(SWT.Selection, new Event());
        });
    }

    private void strategyError() {
        Pattern pool = Pattern.compile("\\brank\\s+\\d+\\s+pool\\s+([A-Za-z][A-Za-z0-9_]*)");
        int files = ui.get(() -> ui.find("editor.files", org.eclipse.swt.widgets.List.class).getItemCount());
        for (int file = 0; file < files; file++) {
            open(file);
            String text = ui.get(() -> ui.find("editor.text", StyledText.class).getText());
            Matcher found = pool.matcher(text);
            if (!found.find()) {
                continue;
            }
            int end = found.end(1);
            ui.run(() -> ui.find("editor.text", StyledText.class).replaceTextRange(end, 0, "Typo"));
            ui.waitFor("the marker", () -> ui.column("editor.problems", 2).contains("error"), SLOW);
            check(ui.column("editor.problems", 3).stream().anyMatch(m -> m.contains(found.group(1) + "Typo")),
                    "the problem names the misspelled pool: " + ui.column("editor.problems", 3));
            screenshot("strategy-error-marker");
            ui.run(() -> ui.find("editor.text", StyledText.class).replaceTextRange(end, 4, ""));
            ui.waitFor("the marker to go", () -> !ui.column("editor.problems", 2).contains("error"), SLOW);
            // completion where the pool's name goes: the pools of the folder are proposed
            int start = found.start(1);
            String name = found.group(1);
            ui.run(() -> {
                StyledText editor = ui.find("editor.text", StyledText.class);
                editor.replaceTextRange(start, name.length(), "");
                editor.setCaretOffset(start);
                Event key = new Event();
                key.character = ' ';
                key.keyCode = ' ';
                key.stateMask = SWT.CTRL;
                editor.notifyListeners(SWT.KeyDown, key);
            });
            ui.waitFor("the completion pop-up", () -> popupTable() != null && popupTable().getItemCount() > 0, SLOW);
            check(ui.get(() -> java.util.Arrays.stream(popupTable().getItems()).anyMatch(
                    item -> item.getText().startsWith(name))), "the pool " + name + " is proposed");
            screenshot("strategy-completion");
            ui.run(() -> {
                for (Shell shell : Display.getCurrent().getShells()) {
                    for (Shell popup : shell.isDisposed() ? new Shell[0] : shell.getShells()) {
                        if (!popup.isDisposed()) {
                            popup.close();
                        }
                    }
                }
                ui.find("editor.text", StyledText.class).replaceTextRange(start, 0, name);
            });
            ui.waitFor("a valid file again", () -> !ui.column("editor.problems", 2).contains("error"), SLOW);
            check(!ui.get(() -> parts.findPart("io.dunwise.ui.part.strategyEditor").isDirty()),
                    "the mended file is as saved: nothing to save");
            return;
        }
        throw new AssertionError("no strategy file has a strategy with a pool");
    }

    /**
     * Gives the strategy of the customer looked at two more quiet days, saves the file, and sees the explanation
     * count them: the workbench decides with the strategy files as saved.
     */
    private void changeStrategy() {
        String before = text("explanation.summary");
        Matcher named = Pattern.compile("strategy (\\w+) ").matcher(before);
        check(named.find(), "the explanation names the customer's strategy: " + before);
        Pattern quiet = Pattern.compile("\\bstrategy\\s+" + named.group(1) + "\\b[^{]*?\\bquiet\\s+(\\d+)\\s+days");
        int files = ui.get(() -> ui.find("editor.files", org.eclipse.swt.widgets.List.class).getItemCount());
        for (int file = 0; file < files; file++) {
            open(file);
            String text = ui.get(() -> ui.find("editor.text", StyledText.class).getText());
            Matcher found = quiet.matcher(text);
            if (!found.find()) {
                continue;
            }
            int days = Integer.parseInt(found.group(1)) + 2;
            ui.run(() -> {
                StyledText editor = ui.find("editor.text", StyledText.class);
                editor.replaceTextRange(found.start(1), found.group(1).length(), Integer.toString(days));
                editor.setSelection(found.start(1), found.start(1) + Integer.toString(days).length());
            });
            ui.click("editor.save");
            String saved = ui.get(() -> ui.find("editor.files", org.eclipse.swt.widgets.List.class).getSelection()[0]);
            Path onDisk = Path.of(System.getProperty("dunwise.strategies", "strategies")).resolve(saved);
            try {
                check(Files.readString(onDisk).contains("quiet " + days + " days"), onDisk + " is saved");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ui.run(() -> parts.findPart("io.dunwise.ui.part.strategyEditor").getParent().getTags()
                    .remove(IPresentationEngine.MAXIMIZED));
            show("io.dunwise.ui.part.explanation");
            ui.waitFor("the explanation with " + days + " quiet days",
                    () -> text("explanation.summary").contains(days + " quiet days"), SLOW);
            ui.run(() -> ui.find("editor.text", StyledText.class).showSelection());
            screenshot("strategy-saved-why-follows");
            return;
        }
        throw new AssertionError("no strategy file gives " + named.group(1) + " quiet days");
    }

    /**
     * Issue 18 §2: the ledger the product test gives the workbench has a customer with an invoice in EUR and one in
     * SEK. The overdue list, the customer page, Why? and the aged balances each show a balance per currency; before,
     * the overdue list stayed empty and the customer page added SEK to EUR.
     */
    private void mixedCurrencies() {
        show("io.dunwise.ui.part.overdueCustomers");
        ui.waitFor("overdue customers", () -> ui.rows("overdue.customers") > 0, SLOW);
        List<String> balances = ui.column("overdue.customers", 3);
        Pattern twoCurrencies = Pattern.compile("[0-9.,-]+ ([A-Z]{3}) \\+ [0-9.,-]+ ([A-Z]{3})");
        int row = 0;
        while (row < balances.size() && !twoCurrencies.matcher(balances.get(row)).matches()) {
            row++;
        }
        check(row < balances.size(), "a customer has an open balance in two currencies: " + balances);
        String customer = ui.cell("overdue.customers", row, 0);
        Matcher currencies = twoCurrencies.matcher(balances.get(row));
        check(currencies.matches() && !currencies.group(1).equals(currencies.group(2)),
                "one balance per currency: " + balances.get(row));
        ui.select("overdue.customers", row);
        screenshot("overdue-mixed-currencies");

        ui.doubleClick("overdue.customers", row);
        ui.waitFor("customer page of " + customer, () -> text("customer.header").startsWith(customer), SLOW);
        String header = text("customer.header");
        check(header.contains(" " + currencies.group(1) + " + ") && header.contains(" " + currencies.group(2) + " in "),
                "the customer page shows each currency's balance: " + header);
        ui.waitFor("Why? of " + customer, () -> text("explanation.summary").startsWith(customer), SLOW);
        check(text("explanation.summary").contains("Open balance: " + balances.get(row)),
                "Why? shows the balance per currency: " + text("explanation.summary"));
        screenshot("customer-mixed-currencies");

        show("io.dunwise.ui.part.agedBalances");
        ui.run(() -> {
            for (String filter : List.of("aged.agent", "aged.pool")) {
                Combo combo = ui.find(filter, Combo.class);
                combo.select(0);
                combo.notifyListeners(SWT.Selection, new Event());
            }
        });
        ui.waitFor("every customer's aged balances", () -> ui.column("aged.rows", 0).contains(customer), SLOW);
        List<String> customers = ui.column("aged.rows", 0);
        List<String> currencyColumn = ui.column("aged.rows", 2);
        List<String> rowsOfCustomer = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            if (customers.get(i).equals(customer)) {
                rowsOfCustomer.add(currencyColumn.get(i));
            }
        }
        check(rowsOfCustomer.size() == 2 && rowsOfCustomer.containsAll(List.of(currencies.group(1),
                currencies.group(2))), customer + " has an aged balance per currency: " + rowsOfCustomer);
        int first = customers.indexOf(customer);
        ui.select("aged.rows", first);
        ui.run(() -> ui.find("aged.rows", Table.class).setTopIndex(Math.max(0, first - 3)));
        screenshot("aged-mixed-currencies");
    }

    /** The table of the content assist pop-up, if one is open (runs on the UI thread). */
    private static Table popupTable() {
        for (Shell shell : Display.getCurrent().getShells()) {
            for (Shell popup : shell.getShells()) {
                if (popup.isVisible() && popup.getChildren().length > 0 && popup.getChildren()[0] instanceof Table table) {
                    return table;
                }
            }
        }
        return null;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private void write() {
        try {
            Files.createDirectories(out);
            Files.write(out.resolve("report.txt"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
