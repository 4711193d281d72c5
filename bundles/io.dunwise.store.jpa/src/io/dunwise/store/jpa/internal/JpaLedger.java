package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A ledger in one database, read and written through JPA. */
final class JpaLedger implements Ledger {

    private static final int BATCH = 1000;

    private final String location;
    private final EntityManagerFactory factory;

    JpaLedger(String location, EntityManagerFactory factory) {
        this.location = location;
        this.factory = factory;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public long customerCount() {
        return read(em -> em.createQuery("select count(c) from StoredCustomer c", Long.class).getSingleResult());
    }

    @Override
    public List<Customer> customers() {
        return read(em -> em.createQuery("select c from StoredCustomer c order by c.id", StoredCustomer.class)
                .getResultStream().map(StoredCustomer::toCustomer).toList());
    }

    @Override
    public Optional<Customer> customer(String id) {
        return read(em -> Optional.ofNullable(em.find(StoredCustomer.class, id)).map(StoredCustomer::toCustomer));
    }

    @Override
    public Map<String, List<Invoice>> openInvoicesByCustomer() {
        return read(em -> em.createQuery("""
                select i from StoredInvoice i where i.openAmount > 0 order by i.customerId, i.dueDate, i.id""",
                StoredInvoice.class)
                .getResultStream()
                .map(StoredInvoice::toInvoice)
                .collect(Collectors.groupingBy(Invoice::customerId, LinkedHashMap::new, Collectors.toList())));
    }

    @Override
    public void replaceAll(List<Customer> customers, List<Invoice> invoices) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            em.createQuery("delete from StoredInvoice").executeUpdate();
            em.createQuery("delete from StoredCustomer").executeUpdate();
            persistInBatches(em, customers, StoredCustomer::of);
            persistInBatches(em, invoices, StoredInvoice::of);
            transaction.commit();
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    private static <T> void persistInBatches(EntityManager em, List<T> values, Function<T, ?> toStored) {
        int written = 0;
        for (T value : values) {
            em.persist(toStored.apply(value));
            if (++written % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
    }

    private <R> R read(Function<EntityManager, R> query) {
        EntityManager em = factory.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
