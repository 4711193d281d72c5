package io.dunwise.ui.parts;

import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.Balances;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Payment;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the desk knows of one customer, read in one go from the ledger's API: its open invoices, payments,
 * activities, letters, process history and cases.
 */
record CustomerFile(Customer customer, List<Invoice> openInvoices, List<Payment> payments,
        List<Activity> activities, List<CollectionLetter> letters, List<HistoryEntry> history,
        List<CollectionsCase> cases) {

    static Optional<CustomerFile> read(Ledger ledger, String customerId) {
        return ledger.customers().find(customerId).map(customer -> new CustomerFile(customer,
                ledger.invoices().ofCustomer(customerId).stream().filter(Invoice::isOpen)
                        .sorted(Comparator.comparing(Invoice::dueDate)).toList(),
                ledger.payments().ofCustomer(customerId).stream()
                        .sorted(Comparator.comparing(Payment::date).reversed()).toList(),
                ledger.activities().ofCustomer(customerId),
                ledger.letters().ofCustomer(customerId),
                ledger.history().ofCustomer(customerId),
                ledger.cases().ofCustomer(customerId)));
    }

    /** What the customer owes, one balance per currency: its invoices need not share one (issue 18 §2). */
    Balances openBalance() {
        return Balances.of(openInvoices.stream().map(Invoice::openAmount).toList());
    }

    /** The payment's amount not yet settled against invoices. */
    static java.math.BigDecimal unapplied(Payment payment) {
        return payment.settlements().stream().map(s -> s.amount().value())
                .reduce(payment.amount().value(), java.math.BigDecimal::subtract);
    }
}
