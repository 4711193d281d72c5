package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Accounts;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Accounts read a page of customers at a time: one query for the customers, one for the open invoices of the
 * page's id range and one for its history, so three queries per page whatever the number of customers in it.
 */
final class JpaAccounts implements Accounts {

    private static final String OPEN_INVOICES = """
            select i from StoredInvoice i
            where i.customerId >= :first and i.customerId <= :last and i.openAmount > 0
            order by i.customerId, i.dueDate, i.invoiceDate, i.id""";
    private static final String HISTORY = """
            select h from StoredHistoryEntry h
            where h.customerId >= :first and h.customerId <= :last
            order by h.customerId, h.id""";

    private final Transactions transactions;

    JpaAccounts(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Account> find(String customerId) {
        return transactions.read(em -> Optional.ofNullable(em.find(StoredCustomer.class, customerId))
                .map(stored -> accounts(em, List.of(stored.toCustomer())).get(0)));
    }

    @Override
    public void forEach(Consumer<Account> action) {
        transactions.forEachPageOf(
                em -> em.createQuery("select c from StoredCustomer c order by c.id", StoredCustomer.class),
                (em, last) -> em.createQuery("select c from StoredCustomer c where c.id > :last order by c.id",
                        StoredCustomer.class).setParameter("last", last.toCustomer().id()),
                (em, page) -> accounts(em, page.stream().map(StoredCustomer::toCustomer).toList()), action);
    }

    /** The accounts of customers given in id order, their invoices and history read by id range. */
    private static List<Account> accounts(EntityManager em, List<Customer> customers) {
        String first = customers.get(0).id();
        String last = customers.get(customers.size() - 1).id();
        Map<String, List<Invoice>> invoices = new HashMap<>();
        em.createQuery(OPEN_INVOICES, StoredInvoice.class).setParameter("first", first).setParameter("last", last)
                .getResultStream().map(StoredInvoice::toInvoice)
                .forEach(invoice -> invoices.computeIfAbsent(invoice.customerId(), id -> new ArrayList<>()).add(invoice));
        Map<String, List<HistoryEntry>> history = new HashMap<>();
        em.createQuery(HISTORY, StoredHistoryEntry.class).setParameter("first", first).setParameter("last", last)
                .getResultStream().map(StoredHistoryEntry::toEntry)
                .forEach(entry -> history.computeIfAbsent(entry.customerId(), id -> new ArrayList<>()).add(entry));
        return customers.stream().map(customer -> new Account(customer,
                invoices.getOrDefault(customer.id(), List.of()), history.getOrDefault(customer.id(), List.of())))
                .toList();
    }
}
