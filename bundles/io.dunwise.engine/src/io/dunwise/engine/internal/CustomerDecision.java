package io.dunwise.engine.internal;

import io.dunwise.engine.Decision;
import io.dunwise.engine.Decision.InvoiceState;
import io.dunwise.engine.Decision.StepState;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Balances;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One customer's decision on one date, for a strategy already chosen (R5): broken promises (R26), the leading
 * invoice (R7), pre-dunning notices (R10), the current step (R9), prediction activities (R12), then exclusion (R6),
 * quiet days (R11) and the contact cap (R30) on what is due. Every step is recorded with its reach date and state, so the decision explains itself (R28).
 */
final class CustomerDecision {

    private final Account account;
    private final LocalDate asOf;
    private final AccountHistory history;
    private final List<Invoice> chased;
    private final Optional<Invoice> leading;
    private final ContactCap cap;
    private final PredictionActivities predictions;

    CustomerDecision(Account account, LocalDate asOf, ContactCap cap, PredictionActivities predictions) {
        this.account = account;
        this.cap = cap;
        this.predictions = predictions;
        this.asOf = asOf;
        this.history = new AccountHistory(account.history());
        this.chased = account.openInvoices().stream().filter(invoice -> Promises.isChased(invoice, asOf))
                .sorted(LeadingInvoice.ORDER).toList();
        this.leading = LeadingInvoice.of(chased);
    }

    /** The decision for a customer in no process: its invoices, and why it gets nothing. */
    Decision outOfProcess(String why) {
        return new Decision(account.customerId(), asOf, Optional.empty(), why, invoiceStates(),
                openBalance(), leading.map(Invoice::id), List.of(), "not in a process", "not in a process", List.of());
    }

    Decision in(Strategy strategy, String why) {
        StepSchedule schedule = new StepSchedule(strategy);
        Optional<Step> current = leading.flatMap(invoice -> schedule.current(invoice.dueDate(), asOf));
        List<PlannedAction> due = new ArrayList<>();
        schedule.preDunning().ifPresent(step -> due.addAll(notices(strategy, step, schedule)));
        current.filter(step -> performed(strategy, step, leading.get()).isEmpty())
                .ifPresent(step -> due.add(action(strategy, step, invoicesFor(step, leading.get()))));
        due.addAll(predictions.due(account.customerId(), strategy, chased, asOf, history));

        ExclusionRule exclusion = new ExclusionRule(strategy.getExclusion(), account.openInvoices(), leading);
        QuietPeriod quiet = new QuietPeriod(strategy.getQuietDays(), history.lastContact(), asOf);
        // under a contact cap the overdue step goes before notices of invoices not yet due (R30)
        ContactCap.Counter contacts = cap.counter(account.history(), asOf);
        Map<PlannedAction, Optional<String>> skips = new IdentityHashMap<>();
        Stream.concat(due.stream().filter(action -> !isNotice(action, schedule)),
                due.stream().filter(action -> isNotice(action, schedule)))
                .forEach(action -> skips.put(action, exclusion.excludes().or(quiet::blocks)
                        .or(() -> contacts.blocks(action))));
        List<PlannedAction> decided = due.stream()
                .map(action -> skips.get(action).map(reason -> skipped(action, reason)).orElse(action))
                .toList();

        List<StepState> steps = new ArrayList<>();
        schedule.preDunning().ifPresent(step -> steps.add(preDunningState(strategy, step, schedule, decided)));
        schedule.regularSteps().forEach(step -> steps.add(regularState(strategy, step, current, decided)));
        predictions.state(strategy, chased, asOf, history, decided).ifPresent(steps::add);
        List<PlannedAction> actions = new ArrayList<>(brokenPromiseNotes(strategy));
        decided.stream().filter(action -> action.isToPerform() || !history.alreadyWritten(action))
                .forEach(actions::add);
        return new Decision(account.customerId(), asOf, Optional.of(strategy.getName()), why, invoiceStates(),
                openBalance(), leading.map(Invoice::id), steps, quiet.describe(), exclusion.describe(), actions);
    }

    private Balances openBalance() {
        return Balances.of(account.openInvoices().stream().map(Invoice::openAmount).toList());
    }

    private static boolean isNotice(PlannedAction action, StepSchedule schedule) {
        return schedule.preDunning().filter(step -> step.getDescription().equals(action.step())).isPresent();
    }

    private List<PlannedAction> brokenPromiseNotes(Strategy strategy) {
        return account.openInvoices().stream()
                .filter(invoice -> Promises.isBroken(invoice, asOf))
                .map(invoice -> new PlannedAction(account.customerId(), strategy.getName(), null,
                        PlannedAction.PROMISE_BROKEN, List.of(invoice.id()), asOf, Outcome.DONE,
                        Promises.brokenNote(invoice)))
                .filter(note -> !history.alreadyWritten(note))
                .toList();
    }

    /** R10: a notice for every chased invoice in its window that has had none. */
    private List<PlannedAction> notices(Strategy strategy, Step step, StepSchedule schedule) {
        return chased.stream()
                .filter(invoice -> schedule.inNoticeWindow(invoice.dueDate(), asOf))
                .filter(invoice -> performed(strategy, step, invoice).isEmpty())
                .map(invoice -> action(strategy, step, List.of(invoice.id())))
                .toList();
    }

    private Optional<LocalDate> performed(Strategy strategy, Step step, Invoice invoice) {
        return history.performed(strategy.getName(), step.getDescription(), invoice.id());
    }

    private StepState preDunningState(Strategy strategy, Step step, StepSchedule schedule,
            List<PlannedAction> decided) {
        List<String> notes = new ArrayList<>();
        Optional<LocalDate> firstWindow = Optional.empty();
        for (Invoice invoice : chased) {
            if (schedule.inNoticeWindow(invoice.dueDate(), asOf)) {
                firstWindow = firstWindow.or(() -> Optional.of(StepSchedule.reachDate(step, invoice.dueDate())));
                notes.add(invoice.id() + ": " + performed(strategy, step, invoice)
                        .map(date -> "notice performed on " + date)
                        .orElseGet(() -> "notice " + outcome(decided, step, invoice)));
            }
        }
        String state = notes.isEmpty()
                ? "no chased invoice is in its window (" + -step.offset() + " days before due to due)"
                : String.join("; ", notes);
        return new StepState(step.getDescription(), step.getActionType(), true, firstWindow, state);
    }

    private StepState regularState(Strategy strategy, Step step, Optional<Step> current,
            List<PlannedAction> decided) {
        if (leading.isEmpty()) {
            return new StepState(step.getDescription(), step.getActionType(), false, Optional.empty(),
                    "no invoice is chased");
        }
        Invoice invoice = leading.get();
        LocalDate reach = StepSchedule.reachDate(step, invoice.dueDate());
        Optional<LocalDate> performed = performed(strategy, step, invoice);
        String state;
        if (asOf.isBefore(reach)) {
            state = "not reached";
        } else if (current.isPresent() && current.get() == step) {
            state = performed.map(date -> "current: performed on " + date + " for " + invoice.id() + ", not again")
                    .orElseGet(() -> "current: " + outcome(decided, step, invoice));
        } else {
            state = performed.map(date -> "passed: performed on " + date)
                    .orElse("passed over: a later step is current (R9)");
        }
        return new StepState(step.getDescription(), step.getActionType(), false, Optional.of(reach), state);
    }

    private static String outcome(List<PlannedAction> decided, Step step, Invoice invoice) {
        return decided.stream()
                .filter(action -> step.getDescription().equals(action.step())
                        && action.invoiceIds().get(0).equals(invoice.id()))
                .findFirst()
                .map(action -> action.isToPerform() ? "fires" : "skipped, " + action.reason())
                .orElse("not due");
    }

    /** A letter lists every overdue chased invoice after the leading one (R15); other steps name the leading one. */
    private List<String> invoicesFor(Step step, Invoice lead) {
        return "letter".equals(step.getActionType()) ? letterInvoices(lead, chased, asOf) : List.of(lead.id());
    }

    /** The invoices of a letter: the leading one, then every other chased invoice overdue on {@code asOf} (R15). */
    static List<String> letterInvoices(Invoice lead, List<Invoice> chased, LocalDate asOf) {
        List<String> ids = new ArrayList<>(List.of(lead.id()));
        chased.stream().filter(invoice -> !invoice.id().equals(lead.id()) && invoice.dueDate().isBefore(asOf))
                .forEach(invoice -> ids.add(invoice.id()));
        return ids;
    }

    private PlannedAction action(Strategy strategy, Step step, List<String> invoiceIds) {
        return new PlannedAction(account.customerId(), strategy.getName(), step.getDescription(),
                step.getActionType(), invoiceIds, asOf, Outcome.PENDING, null);
    }

    private static PlannedAction skipped(PlannedAction action, String reason) {
        return new PlannedAction(action.customerId(), action.strategy(), action.step(), action.actionType(),
                action.invoiceIds(), action.date(), Outcome.SKIPPED, reason);
    }

    private List<InvoiceState> invoiceStates() {
        return account.openInvoices().stream().map(invoice -> new InvoiceState(invoice.id(), invoice.dueDate(),
                invoice.openAmount().toString(), state(invoice))).toList();
    }

    private String state(Invoice invoice) {
        long overdue = ChronoUnit.DAYS.between(invoice.dueDate(), asOf);
        String age = overdue > 0 ? overdue + " days overdue" : overdue == 0 ? "due today" : "due in " + -overdue + " days";
        if (invoice.status() == InvoiceStatus.DISPUTED) {
            return "disputed: not chased (R26), " + age;
        }
        if (invoice.status() == InvoiceStatus.PROMISED && !Promises.isBroken(invoice, asOf)) {
            return "promised " + invoice.promisedAmount() + " by " + invoice.promiseDate() + ": not chased (R26), "
                    + age;
        }
        String broken = Promises.isBroken(invoice, asOf) ? "promise of " + invoice.promiseDate() + " broken: " : "";
        return broken + (leading.isPresent() && leading.get() == invoice ? "leading (R7), " : "chased, ") + age;
    }
}
