package io.dunwise.engine;

import io.dunwise.ledger.api.Amount;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a customer's account stands on a date: its open balance and its leading invoice (R7), for the lists of
 * the collections desk.
 *
 * @param leadingInvoiceId empty when the customer has nothing the automation chases
 * @param daysOverdue      days past the leading invoice's due date; negative while it is not yet due
 */
public record AccountPosition(String customerId, String name, String country, Amount openBalance,
        Optional<String> leadingInvoiceId, Optional<LocalDate> leadingDueDate, long daysOverdue) {
}
