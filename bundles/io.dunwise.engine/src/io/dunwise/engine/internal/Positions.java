package io.dunwise.engine.internal;

import io.dunwise.engine.AccountPosition;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Balances;
import io.dunwise.ledger.api.Invoice;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * The position of an account on a date for the desk's lists: the open balance per currency (issue 18 §2: a
 * customer's invoices need not share a currency, and one that adds them empties the whole list) and the leading
 * invoice (R7, R26).
 */
final class Positions {

    /** The most overdue first, then by customer, so that the list reads the same each time. */
    static final Comparator<AccountPosition> MOST_OVERDUE_FIRST = Comparator
            .comparingLong(AccountPosition::daysOverdue).reversed().thenComparing(AccountPosition::customerId);

    private Positions() {
    }

    /** The account's position, or empty when it has no open invoice. */
    static Optional<AccountPosition> of(Account account, LocalDate asOf) {
        if (account.openInvoices().isEmpty()) {
            return Optional.empty();
        }
        Balances balance = Balances.of(account.openInvoices().stream().map(Invoice::openAmount).toList());
        Optional<Invoice> leading = LeadingInvoice.of(account.openInvoices().stream()
                .filter(invoice -> Promises.isChased(invoice, asOf)).toList());
        long daysOverdue = leading.map(invoice -> ChronoUnit.DAYS.between(invoice.dueDate(), asOf)).orElse(0L);
        return Optional.of(new AccountPosition(account.customerId(), account.customer().name(),
                account.customer().country(), balance, leading.map(Invoice::id), leading.map(Invoice::dueDate),
                daysOverdue));
    }
}
