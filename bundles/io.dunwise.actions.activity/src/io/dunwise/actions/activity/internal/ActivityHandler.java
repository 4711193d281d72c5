package io.dunwise.actions.activity.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Recipients;
import io.dunwise.actions.api.Template;
import io.dunwise.actions.text.TemplateText;
import io.dunwise.actions.text.TemplateValues;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Invoice;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * R13: an activity for the customer, linked to the leading invoice (or the invoice of a pre-dunning action), made
 * from the step's activity template: its type and purpose, starting on the run date and due after the template's
 * days to complete, its details filled in, assigned to the agent who owns the customer's pool (or unassigned).
 * The details name the contact an agent would call: the one an email to the customer would go to (R14).
 */
@Component(service = ActionHandler.class)
public class ActivityHandler implements ActionHandler {

    @Override
    public String type() {
        return "activity";
    }

    @Override
    public String description() {
        return "creates a collections activity from an activity template, assigned to the pool's agent (R13)";
    }

    @Override
    public List<ActionParameter> parameters() {
        return List.of();
    }

    @Override
    public ActionOutcome perform(ActionRequest request) {
        if (!(request.template() instanceof Template.Activity template)) {
            return ActionOutcome.failed("an activity step needs an activity template; step '" + request.step()
                    + "' of " + request.strategy() + " names " + (request.template() == null ? "none"
                            : request.template().name()));
        }
        List<Contact> callees = Recipients.customerContacts(request.contacts(), template.purpose());
        Contact callee = callees.isEmpty() ? null : callees.get(0);
        String details = TemplateText.plain(template.details(), TemplateValues.of(request, request.locale())
                .to(callee == null ? "" : callee.name(), callee == null ? "" : callee.email()).plain());
        String agentId = request.assignedAgent().map(Agent::id).orElse(null);
        // what the ledger cannot hold fails now, for good: handed to the ledger it would fail on every run and the
        // action would wait in the outbox for ever (issue 18 §3)
        String unfit = ActivityFields.unfit(template, details);
        if (unfit != null) {
            return ActionOutcome.failed(unfit);
        }
        Activity activity = request.records().activity(new Activity(0, request.customerId(),
                request.invoice().map(Invoice::id).orElse(null), template.name(), template.type(),
                template.purpose(), request.runDate(), request.runDate().plusDays(template.daysToComplete()),
                details, agentId, false));
        return ActionOutcome.done("activity " + activity.id() + " (" + activity.type() + ")"
                + (agentId == null ? ", unassigned" : " for " + agentId), agentId == null ? List.of()
                        : List.of(agentId));
    }
}
