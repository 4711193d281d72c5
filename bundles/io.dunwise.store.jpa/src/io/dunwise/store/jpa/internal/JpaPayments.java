package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Payments;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Payments and their settlements through JPA. */
final class JpaPayments implements Payments {

    private final Transactions transactions;

    JpaPayments(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long count() {
        return transactions.read(em -> em.createQuery("select count(p) from StoredPayment p", Long.class)
                .getSingleResult());
    }

    @Override
    public Optional<Payment> find(String id) {
        return transactions.read(em -> Optional.ofNullable(em.find(StoredPayment.class, id))
                .map(StoredPayment::toPayment));
    }

    @Override
    public List<Payment> ofCustomer(String customerId) {
        return transactions.read(em -> em.createQuery("""
                select p from StoredPayment p where p.customerId = :customer order by p.date, p.id""",
                StoredPayment.class).setParameter("customer", customerId)
                .getResultStream().map(StoredPayment::toPayment).toList());
    }

    @Override
    public void forEach(Consumer<Payment> action) {
        transactions.forEachPage(
                em -> em.createQuery("select p from StoredPayment p order by p.id", StoredPayment.class),
                (em, last) -> em.createQuery("select p from StoredPayment p where p.id > :last order by p.id",
                        StoredPayment.class).setParameter("last", last.toPayment().id()),
                StoredPayment::toPayment, action);
    }
}
