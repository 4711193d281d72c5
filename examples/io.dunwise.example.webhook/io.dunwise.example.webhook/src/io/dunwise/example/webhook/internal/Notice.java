package io.dunwise.example.webhook.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.dunwise.actions.api.ActionRequest;
import java.util.List;
import java.util.Map;

/**
 * The JSON a webhook receives for one action, e.g.
 * <pre>{"actionId":"42","event":"Text","runDate":"2026-11-22","customer":{"id":"C1"},"strategy":"Corporate",
 * "step":"Text","invoices":[{"id":"INV-7"}],"parameters":{"event":"Text"}}</pre>
 *
 * @param actionId   the history entry's id, also sent as the Idempotency-Key header
 * @param event      the step's {@code event} parameter, else its description
 * @param runDate    the run date, {@code YYYY-MM-DD}
 * @param customer   the customer
 * @param strategy   the strategy's name
 * @param step       the step's description
 * @param invoices   the invoices the action is about, the leading one first
 * @param parameters every parameter of the step
 */
record Notice(String actionId, String event, String runDate, Party customer, String strategy, String step,
        List<Document> invoices, Map<String, String> parameters) {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** The customer a notice is about. */
    record Party(String id) {
    }

    /** An invoice a notice is about. */
    record Document(String id) {
    }

    static Notice of(ActionRequest request) {
        return new Notice(request.actionId(), request.parameters().getOrDefault("event", request.step()),
                request.runDate().toString(), new Party(request.customerId()), request.strategy(), request.step(),
                request.invoiceIds().stream().map(Document::new).toList(), request.parameters());
    }

    String json() {
        return GSON.toJson(this);
    }
}
