package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A collections activity such as a call or a task (R13), linked to a customer and usually to one invoice.
 * {@code id} is 0 until the ledger stores it; {@code agentId} is null when unassigned; {@code actionId} names the
 * process-history action that created it (R16), or is null for an activity created by hand.
 */
public record Activity(long id, String customerId, String invoiceId, String template, String type, String purpose,
        LocalDate start, LocalDate due, String details, String agentId, boolean done, String actionId) {

    public Activity {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("activity due " + due + " before its start " + start);
        }
    }

    /** An activity created by hand, not by an action. */
    public Activity(long id, String customerId, String invoiceId, String template, String type, String purpose,
            LocalDate start, LocalDate due, String details, String agentId, boolean done) {
        this(id, customerId, invoiceId, template, type, purpose, start, due, details, agentId, done, null);
    }

    /** This activity as created by the action {@code id} of the process history. */
    public Activity ofAction(String id) {
        return new Activity(this.id, customerId, invoiceId, template, type, purpose, start, due, details, agentId,
                done, id);
    }
}
