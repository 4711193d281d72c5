package io.dunwise.cli.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.HistoryEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One action as {@code simulate}, {@code run} and {@code history} print it: the JSON object of architecture.md,
 * {@code {"customer","strategy","step","action","invoices","recipients","date","outcome","reason"}}. The outcome is
 * {@code planned} (simulation), {@code pending} (in the outbox), {@code done}, {@code failed}, {@code skipped} or
 * {@code noted}.
 */
record ActionRow(String customer, String strategy, String step, String action, List<String> invoices,
        List<String> recipients, LocalDate date, String outcome, String reason) {

    static ActionRow of(PlannedAction action) {
        String outcome = switch (action.outcome()) {
            case PENDING -> "planned";
            case SKIPPED -> "skipped";
            default -> "noted";
        };
        return new ActionRow(action.customerId(), action.strategy(), action.step(), action.actionType(),
                action.invoiceIds(), List.of(), action.date(), outcome, action.reason());
    }

    static ActionRow of(HistoryEntry entry) {
        String outcome = entry.actionType().equals(PlannedAction.PROMISE_BROKEN)
                ? "noted" : entry.outcome().name().toLowerCase(Locale.ROOT);
        return new ActionRow(entry.customerId(), entry.strategy(), entry.step(), entry.actionType(),
                entry.invoiceIds(), entry.recipients(), entry.date(), outcome, entry.reason());
    }

    /** The documented JSON object; every field is always there, null when it has no value. */
    JsonObject json() {
        JsonObject object = new JsonObject();
        object.addProperty("customer", customer);
        object.addProperty("strategy", strategy);
        object.addProperty("step", step);
        object.addProperty("action", action);
        object.add("invoices", array(invoices));
        object.add("recipients", array(recipients));
        object.addProperty("date", date.toString());
        object.addProperty("outcome", outcome);
        object.addProperty("reason", reason);
        return object;
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
