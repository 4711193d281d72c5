package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A collections activity such as a call or a task (R13), linked to a customer and usually to one invoice.
 * {@code id} is 0 until the ledger stores it; {@code agentId} is null when unassigned.
 */
public record Activity(long id, String customerId, String invoiceId, String template, String type, String purpose,
        LocalDate start, LocalDate due, String details, String agentId, boolean done) {

    public Activity {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("activity due " + due + " before its start " + start);
        }
    }
}
