package io.dunwise.actions.activity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionRecords;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityHandlerTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    private static final Customer CUSTOMER = new Customer("C1", "Nordlys AB", "CORP", "SE", "SEK", "sv", null, null,
            false, Map.of());
    private static final Invoice LEADING = new Invoice("I1", "C1", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 1), Amount.of("1200.50", "SEK"), Amount.of("1200.50", "SEK"), InvoiceStatus.OPEN);
    private static final Template.Activity CALL = new Template.Activity("CallCustomer", "call",
            "Collect overdue balance", 3, "Ring {{contact.name}} om {{invoice.id}}: {{invoice.openAmount}}, "
                    + "förföll {{invoice.dueDate}}");

    /** Records what the handler writes, as the ledger would: the id of the action's activity is kept. */
    private static final class Written implements ActionRecords {
        final List<Activity> activities = new ArrayList<>();

        @Override
        public Activity activity(Activity activity) {
            Activity stored = new Activity(activities.size() + 1, activity.customerId(), activity.invoiceId(),
                    activity.template(), activity.type(), activity.purpose(), activity.start(), activity.due(),
                    activity.details(), activity.agentId(), activity.done());
            activities.add(stored);
            return stored;
        }

        @Override
        public CollectionLetter letter(CollectionLetter letter) {
            throw new AssertionError("an activity posts no letter");
        }

        @Override
        public List<CollectionLetter> earlierLetters() {
            return List.of();
        }

        @Override
        public void bounced(String email, String reason) {
            throw new AssertionError("an activity sends no email");
        }

        @Override
        public boolean isMarked(String part) {
            return false;
        }

        @Override
        public void mark(String part) {
            throw new AssertionError("an activity has one effect");
        }
    }

    private static ActionRequest.Builder request(Written written) {
        return ActionRequest.builder("17", RUN, "activity", CUSTOMER).step("Corporate", "Call")
                .invoices(List.of(LEADING), List.of(LEADING)).template(CALL).records(written)
                .contacts(List.of(new Contact("C1", 1, "Anna Berg", "anna@nordlys.example", "sv", List.of(), true,
                        false)));
    }

    @Test
    void r13AnActivityFromTheTemplateLinkedToTheLeadingInvoiceForThePoolsAgent() {
        Written written = new Written();
        ActionOutcome outcome = new ActivityHandler().perform(request(written)
                .agent(new Agent("BORIS", "Boris", "boris@ar.example", "North")).build());
        Activity activity = written.activities.get(0);
        assertEquals(new Activity(1, "C1", "I1", "CallCustomer", "call", "Collect overdue balance", RUN,
                RUN.plusDays(3), "Ring Anna Berg om I1: 1\u00a0200,50\u00a0kr, förföll 1 okt. 2026", "BORIS", false),
                activity);
        assertEquals(ActionOutcome.done("activity 1 (call) for BORIS", List.of("BORIS")), outcome);
    }

    @Test
    void r13WithoutAnAgentTheActivityIsUnassigned() {
        Written written = new Written();
        ActionOutcome outcome = new ActivityHandler().perform(request(written).build());
        assertEquals(null, written.activities.get(0).agentId());
        assertTrue(((ActionOutcome.Done) outcome).detail().endsWith("unassigned"));
    }

    @Test
    void anActivityTheLedgerCannotHoldFailsForGoodInsteadOfWaitingForEver() {
        // issue 18 §3: a name over 64 characters or details over 4,000 left the action pending on every run
        Written written = new Written();
        ActivityHandler handler = new ActivityHandler();
        assertEquals(ActionOutcome.failed("the activity template's name is 65 characters long; an activity holds at"
                + " most 64 (R13)"), handler.perform(request(written).template(new Template.Activity("N".repeat(65),
                        "call", "Collect", 3, "Ring")).build()));
        assertEquals(ActionOutcome.failed("the activity's details (placeholders filled) is 4001 characters long; an "
                + "activity holds at most 4000 (R13)"), handler.perform(request(written).template(
                        new Template.Activity("Call", "call", "Collect", 3, "d".repeat(3_999) + "{{invoice.id}}"))
                        .build()));
        assertEquals(ActionOutcome.failed("the activity template's days to complete (2147483647) are not between 0 "
                + "and 36500"), handler.perform(request(written).template(new Template.Activity("Call", "call",
                        "Collect", Integer.MAX_VALUE, "Ring")).build()));
        assertEquals(List.of(), written.activities);
        handler.perform(request(written).template(new Template.Activity("N".repeat(64), "call", "Collect", 3,
                "d".repeat(3_998) + "{{invoice.id}}")).build());
        assertEquals(1, written.activities.size(), "exactly the widths fit");
    }

    @Test
    void aStepWithoutAnActivityTemplateFailsAndWritesNothing() {
        Written written = new Written();
        ActionOutcome outcome = new ActivityHandler().perform(request(written).template(null).build());
        assertInstanceOf(ActionOutcome.Failed.class, outcome);
        assertEquals(List.of(), written.activities);
    }
}
