package io.dunwise.engine;

import io.dunwise.ledger.api.Balances;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a customer's account stands on a date: its open balance and its leading invoice (R7), for the lists of
 * the collections desk.
 *
 * @param openBalance      one balance per currency of the open invoices: a customer with invoices in EUR and SEK
 *                         owes two amounts, never their sum (issue 18 §2)
 * @param leadingInvoiceId empty when the customer has nothing the automation chases
 * @param daysOverdue      days past the leading invoice's due date; negative while it is not yet due
 */
public record AccountPosition(String customerId, String name, String country, Balances openBalance,
        Optional<String> leadingInvoiceId, Optional<LocalDate> leadingDueDate, long daysOverdue) {
}
