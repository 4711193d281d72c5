package io.dunwise.example.webhook.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON a webhook receives for one action, e.g.
 * <pre>{"actionId":"42","event":"overdue","runDate":"2026-11-22",
 * "customer":{"id":"C1","name":"Acme AB","country":"SE","language":"sv"},"strategy":"Hooks","step":"Notify",
 * "invoices":[{"id":"INV-7","invoiceDate":"2026-09-01","dueDate":"2026-10-01","amount":1250.50,
 * "openAmount":1250.50,"currency":"SEK"}],"parameters":{"event":"overdue"}}</pre>
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
    record Party(String id, String name, String country, String language) {

        static Party of(Customer customer) {
            return new Party(customer.id(), customer.name(), customer.country(), customer.language());
        }
    }

    /** An invoice a notice is about; dates as {@code YYYY-MM-DD}, amounts as JSON numbers, no date: left out. */
    record Document(String id, String invoiceDate, String dueDate, BigDecimal amount, BigDecimal openAmount,
            String currency) {

        static Document of(Invoice invoice) {
            return new Document(invoice.id(), invoice.invoiceDate() == null ? null
                    : invoice.invoiceDate().toString(), invoice.dueDate().toString(),
                    invoice.amount().value(), invoice.openAmount().value(), invoice.currency());
        }
    }

    static Notice of(ActionRequest request) {
        return new Notice(request.actionId(), request.parameters().getOrDefault("event", request.step()),
                request.runDate().toString(), Party.of(request.customer()), request.strategy(), request.step(),
                request.invoices().stream().map(Document::of).toList(), request.parameters());
    }

    String json() {
        return GSON.toJson(this);
    }
}
