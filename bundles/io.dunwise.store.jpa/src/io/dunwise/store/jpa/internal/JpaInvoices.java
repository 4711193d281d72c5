package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Invoices;
import io.dunwise.ledger.api.LedgerException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Invoices through JPA; disputes and promises change an invoice's status (R26). */
final class JpaInvoices implements Invoices {

    private final Transactions transactions;

    JpaInvoices(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long count() {
        return transactions.read(em -> em.createQuery("select count(i) from StoredInvoice i", Long.class)
                .getSingleResult());
    }

    @Override
    public Optional<Invoice> find(String id) {
        return transactions.read(em -> Optional.ofNullable(em.find(StoredInvoice.class, id))
                .map(StoredInvoice::toInvoice));
    }

    @Override
    public List<Invoice> ofCustomer(String customerId) {
        return transactions.read(em -> em.createQuery("""
                select i from StoredInvoice i where i.customerId = :customer
                order by i.dueDate, i.invoiceDate, i.id""", StoredInvoice.class)
                .setParameter("customer", customerId)
                .getResultStream().map(StoredInvoice::toInvoice).toList());
    }

    @Override
    public void forEach(Consumer<Invoice> action) {
        transactions.forEachPage(
                em -> em.createQuery("select i from StoredInvoice i order by i.id", StoredInvoice.class),
                (em, last) -> em.createQuery("select i from StoredInvoice i where i.id > :last order by i.id",
                        StoredInvoice.class).setParameter("last", last.toInvoice().id()),
                StoredInvoice::toInvoice, action);
    }

    @Override
    public Invoice dispute(String invoiceId) {
        return transactions.write(em -> {
            StoredInvoice stored = openInvoice(em, invoiceId, "dispute");
            stored.setStatus(InvoiceStatus.DISPUTED, null, null);
            return stored.toInvoice();
        });
    }

    @Override
    public Invoice promise(String invoiceId, LocalDate date, Amount amount) {
        return transactions.write(em -> {
            StoredInvoice stored = openInvoice(em, invoiceId, "record a promise for");
            Invoice invoice = stored.toInvoice();
            if (!amount.currency().equals(invoice.currency())) {
                throw new LedgerException("invoice " + invoiceId + " is in " + invoice.currency()
                        + "; a promise of " + amount + " does not match");
            }
            if (!amount.isPositive()) {
                throw new LedgerException("a promise to pay needs a positive amount, not " + amount);
            }
            stored.setStatus(InvoiceStatus.PROMISED, date, amount.value());
            return stored.toInvoice();
        });
    }

    @Override
    public Invoice reopen(String invoiceId) {
        return transactions.write(em -> {
            StoredInvoice stored = known(em, invoiceId);
            stored.setStatus(InvoiceStatus.OPEN, null, null);
            return stored.toInvoice();
        });
    }

    private static StoredInvoice openInvoice(EntityManager em, String invoiceId, String change) {
        StoredInvoice stored = known(em, invoiceId);
        if (!stored.toInvoice().isOpen()) {
            throw new LedgerException("cannot " + change + " invoice " + invoiceId + ": it is settled");
        }
        return stored;
    }

    private static StoredInvoice known(EntityManager em, String invoiceId) {
        StoredInvoice stored = em.find(StoredInvoice.class, invoiceId);
        if (stored == null) {
            throw new LedgerException("no invoice " + invoiceId);
        }
        return stored;
    }
}
