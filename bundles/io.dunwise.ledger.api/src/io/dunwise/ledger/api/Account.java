package io.dunwise.ledger.api;

import java.util.List;
import java.util.Objects;

/**
 * A customer with what the step engine decides on (R5–R11, R26): its open invoices, by due date, invoice date and
 * id, whatever their status; and its process history, oldest first.
 */
public record Account(Customer customer, List<Invoice> openInvoices, List<HistoryEntry> history) {

    public Account {
        Objects.requireNonNull(customer, "customer");
        openInvoices = List.copyOf(openInvoices);
        history = List.copyOf(history);
    }

    public String customerId() {
        return customer.id();
    }
}
