package io.dunwise.cli.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.Decision;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.Ledger;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise explain --customer ID}: why the engine does what it does for one customer on a date (R28) — the
 * assignment, the invoices, every step with its reach date, the quiet period, the exclusion and what fires.
 */
@Command(name = "explain", description = "Explain the decision for one customer on a date (R28).")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StrategyOptions options;

    @Option(names = "--customer", required = true, paramLabel = "ID", description = "The customer's account id.")
    String customer;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    private final Services services;

    ExplainCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.valid(services.loader(), options.strategies);
        Decision decision;
        try (Ledger ledger = services.openLedger()) {
            decision = services.engine().explain(set.strategies(), ledger, customer, options.asOf())
                    .orElseThrow(() -> new BadInputException("no customer " + customer + " in " + ledger.location()));
        }
        if (format == OutputFormat.json) {
            out().println(Json.GSON.toJson(json(decision)));
        } else {
            out().print(text(decision));
        }
        return ExitCode.OK;
    }

    static String text(Decision decision) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Customer ").append(decision.customerId()).append(" on ").append(decision.asOf()).append(nl);
        out.append("Strategy:    ").append(decision.strategy().orElse("none")).append(" — ")
                .append(decision.assignment()).append(nl);
        // one balance per currency: a customer's invoices need not share one, and none is converted (issue 18 §2)
        out.append("Open:        ").append(decision.openBalance()).append(nl);
        out.append(nl);
        if (decision.invoices().isEmpty()) {
            out.append("No open invoice.").append(nl);
        } else {
            Table invoices = new Table("Invoice", "Due", "Open", "State");
            decision.invoices().forEach(invoice -> invoices.row(invoice.invoiceId(), invoice.dueDate().toString(),
                    invoice.openAmount(), invoice.state()));
            out.append(invoices.render());
        }
        if (!decision.steps().isEmpty()) {
            out.append(nl);
            Table steps = new Table("Step", "Action", "Reached on", "State");
            decision.steps().forEach(step -> steps.row(step.step() + (step.predunning() ? " (pre-dunning)" : ""),
                    step.actionType(), step.reachDate().map(LocalDate::toString).orElse("-"), step.state()));
            out.append(steps.render());
            out.append(nl);
            out.append("Quiet days:  ").append(decision.quiet()).append(nl);
            out.append("Exclusion:   ").append(decision.exclusion()).append(nl);
        }
        out.append(nl);
        if (decision.actions().isEmpty()) {
            out.append("Nothing fires on ").append(decision.asOf()).append('.').append(nl);
        }
        for (PlannedAction action : decision.actions()) {
            out.append(action.isToPerform() ? "Fires:       " : "Does not fire: ").append(action.actionType())
                    .append(action.step() == null ? "" : " \"" + action.step() + "\"").append(" for ")
                    .append(String.join(", ", action.invoiceIds()))
                    .append(action.isToPerform() ? "" : " — " + action.label()).append(nl);
        }
        return out.toString();
    }

    static JsonObject json(Decision decision) {
        JsonObject object = new JsonObject();
        object.addProperty("customer", decision.customerId());
        object.addProperty("date", decision.asOf().toString());
        object.addProperty("strategy", decision.strategy().orElse(null));
        object.addProperty("assignment", decision.assignment());
        JsonArray balance = new JsonArray();
        decision.openBalance().amounts().forEach(amount -> {
            JsonObject item = new JsonObject();
            item.addProperty("amount", amount.value());
            item.addProperty("currency", amount.currency());
            balance.add(item);
        });
        object.add("openBalance", balance);
        object.addProperty("leadingInvoice", decision.leading().orElse(null));
        JsonArray invoices = new JsonArray();
        decision.invoices().forEach(invoice -> {
            JsonObject item = new JsonObject();
            item.addProperty("invoice", invoice.invoiceId());
            item.addProperty("dueDate", invoice.dueDate().toString());
            item.addProperty("openAmount", invoice.openAmount());
            item.addProperty("state", invoice.state());
            invoices.add(item);
        });
        object.add("invoices", invoices);
        JsonArray steps = new JsonArray();
        decision.steps().forEach(step -> {
            JsonObject item = new JsonObject();
            item.addProperty("step", step.step());
            item.addProperty("action", step.actionType());
            item.addProperty("predunning", step.predunning());
            item.addProperty("reachDate", step.reachDate().map(LocalDate::toString).orElse(null));
            item.addProperty("state", step.state());
            steps.add(item);
        });
        object.add("steps", steps);
        object.addProperty("quiet", decision.quiet());
        object.addProperty("exclusion", decision.exclusion());
        JsonArray actions = new JsonArray();
        decision.actions().forEach(action -> actions.add(ActionRow.of(action).json()));
        object.add("actions", actions);
        return object;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
