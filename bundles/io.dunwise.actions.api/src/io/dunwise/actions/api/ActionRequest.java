package io.dunwise.actions.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One action the engine asks a handler to perform: which customer, which invoices, decided by which strategy
 * step, on which run date, with the step's parameters.
 *
 * @param actionId   the id of the history entry written for this action before it was handed over (R16);
 *                   stable across restarts, so a handler that talks to an outside system can pass it on as
 *                   an idempotency key
 * @param runDate    the date the run is for ({@code --as-of}), not the wall clock
 * @param customerId the customer's account id
 * @param strategy   the strategy's id
 * @param step       the step's description
 * @param invoiceIds the invoices the action is about: the leading invoice, or the one invoice of a
 *                   pre-dunning notice, or every overdue invoice for a letter
 * @param template   the step's business document (template name), or empty
 * @param parameters the step's parameters, by name
 * @param locale     the customer's language
 */
public record ActionRequest(String actionId, LocalDate runDate, String customerId, String strategy, String step,
        List<String> invoiceIds, String template, Map<String, String> parameters, Locale locale) {

    public ActionRequest {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(customerId, "customerId");
        invoiceIds = List.copyOf(invoiceIds);
        template = template == null ? "" : template;
        parameters = Map.copyOf(parameters);
        locale = locale == null ? Locale.ENGLISH : locale;
    }
}
