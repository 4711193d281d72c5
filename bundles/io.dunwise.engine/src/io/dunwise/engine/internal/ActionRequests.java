package io.dunwise.engine.internal;

import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Recipient;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.Parameters;
import io.dunwise.model.Step;
import io.dunwise.model.StepParameter;
import io.dunwise.model.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds what a handler is handed for a recorded action: the customer with its invoices, contacts, agent and sales
 * reps, and the step's template, recipient and parameters. A run keeps one: the agents, reps, templates and the
 * company name are read once per run.
 */
final class ActionRequests {

    private final List<Strategy> strategies;
    private final Ledger ledger;
    private final HandlerTemplates templates = new HandlerTemplates();
    private final Map<String, Optional<Agent>> agents = new HashMap<>();
    private final Map<String, List<SalesRep>> reps = new HashMap<>();
    private final String company;
    private final Optional<Template> predictionActivity;
    /** The first write of a handler that failed, if one did: the run stops handing over (issue 18). */
    private RuntimeException unwritten;

    ActionRequests(List<Strategy> strategies, Ledger ledger) {
        this.strategies = strategies;
        this.ledger = ledger;
        this.company = SetParameters.of(strategies).map(Parameters::getCompany).orElse("");
        this.predictionActivity = SetParameters.of(strategies).map(Parameters::getPredictionActivity)
                .map(templates::of);
    }

    /**
     * The request for {@code entry}, whose customer has {@code openInvoices} now.
     *
     * @throws HandlerTemplates.UnreadableTemplate when the step's template cannot be read (a body file is gone)
     */
    ActionRequest of(HistoryEntry entry, Customer customer, List<Invoice> openInvoices) {
        Optional<Strategy> strategy = strategy(entry.strategy());
        Optional<Step> step = step(entry.strategy(), entry.step());
        ActionRequest.Builder request = ActionRequest.builder(Long.toString(entry.id()), entry.date(),
                entry.actionType(), customer)
                .step(entry.strategy(), entry.step())
                .invoices(actedOn(entry, openInvoices), openInvoices)
                .contacts(ledger.customers().contacts(customer.id()))
                .agent(strategy.flatMap(this::agent).orElse(null))
                .salesReps(customer.salesGroup() == null ? List.of()
                        : reps.computeIfAbsent(customer.salesGroup(), group -> ledger.organisation().salesReps(group)))
                .company(company)
                .records(new LedgerRecords(ledger, Long.toString(entry.id()), customer.id(), entry.date(),
                        failure -> unwritten = unwritten == null ? failure : unwritten));
        if (step.isEmpty() && PredictionActivities.STEP.equals(entry.step())) {
            predictionActivity.ifPresent(request::template);
        }
        step.ifPresent(s -> {
            boolean fallback = !entry.actionType().equals(s.getActionType());
            request.template(template(s, fallback)).parameters(parameters(s));
            if (!fallback && "email".equals(s.getActionType())) {
                request.recipient(recipient(s), s.getContactPurpose());
            }
        });
        return request.build();
    }

    /**
     * Stops the run if a handler's write to the ledger failed: an action whose effect cannot be recorded may be
     * performed again by the next run, so no further action may be handed over (R16, issue 18: a full disk).
     *
     * @throws LedgerException saying why, with the ledger's own failure as its cause
     */
    void stopIfUnwritten() {
        if (unwritten != null) {
            throw new LedgerException("the run stopped handing actions over: " + (unwritten instanceof LedgerException
                    ? unwritten.getMessage() : "its history could not be written (" + unwritten + ")"), unwritten);
        }
    }

    /** The step a recorded action names, by strategy id and step description. */
    Optional<Step> step(String strategyId, String description) {
        return strategy(strategyId).flatMap(s -> s.getSteps().stream()
                .filter(candidate -> candidate.getDescription().equals(description)).findFirst());
    }

    private Optional<Strategy> strategy(String strategyId) {
        return strategies.stream().filter(s -> s.getName().equals(strategyId)).findFirst();
    }

    /** The step's template, or for an email's fallback letter (R30) the fallback's. */
    private Template template(Step step, boolean fallback) {
        return fallback ? templates.of(step.getFallbackDocument()) : templates.of(step.getDocument());
    }

    /** The invoices the action names, as they are now; one settled since the action was recorded is read again. */
    private List<Invoice> actedOn(HistoryEntry entry, List<Invoice> openInvoices) {
        Map<String, Invoice> open = new LinkedHashMap<>();
        openInvoices.forEach(invoice -> open.put(invoice.id(), invoice));
        List<Invoice> invoices = new ArrayList<>();
        for (String id : entry.invoiceIds()) {
            Optional.ofNullable(open.get(id)).or(() -> ledger.invoices().find(id)).ifPresent(invoices::add);
        }
        return invoices;
    }

    private Optional<Agent> agent(Strategy strategy) {
        String owner = strategy.getPool() == null ? null : strategy.getPool().getOwner();
        if (owner == null) {
            return Optional.empty();
        }
        return agents.computeIfAbsent(owner, id -> ledger.organisation().agent(id));
    }

    private static Recipient recipient(Step step) {
        if (!step.eIsSet(DunwisePackage.Literals.STEP__RECIPIENT)) {
            return Recipient.CUSTOMER;
        }
        return switch (step.getRecipient()) {
            case CUSTOMER -> Recipient.CUSTOMER;
            case SALES_GROUP -> Recipient.SALES_GROUP;
            case AGENT -> Recipient.AGENT;
        };
    }

    private static Map<String, String> parameters(Step step) {
        Map<String, String> parameters = new HashMap<>();
        for (StepParameter parameter : step.getParameters()) {
            parameters.put(parameter.getName(), parameter.getValue());
        }
        return parameters;
    }
}
