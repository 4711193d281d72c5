package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Cases;
import io.dunwise.ledger.api.CollectionsCase;
import java.util.List;
import java.util.Optional;

/** Collections cases through JPA. */
final class JpaCases implements Cases {

    private final Transactions transactions;

    JpaCases(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public CollectionsCase open(CollectionsCase collectionsCase) {
        return transactions.persist(StoredCase.of(collectionsCase), StoredCase::toCase);
    }

    @Override
    public Optional<CollectionsCase> find(long id) {
        return transactions.read(em -> Optional.ofNullable(em.find(StoredCase.class, id)).map(StoredCase::toCase));
    }

    @Override
    public List<CollectionsCase> ofCustomer(String customerId) {
        return transactions.read(em -> em.createQuery(
                "select c from StoredCase c where c.customerId = :customer order by c.id", StoredCase.class)
                .setParameter("customer", customerId).getResultStream().map(StoredCase::toCase).toList());
    }

    @Override
    public CollectionsCase changeStatus(long id, String status) {
        return transactions.update(StoredCase.class, id, "no case " + id, stored -> stored.setStatus(status),
                StoredCase::toCase);
    }

    @Override
    public CollectionsCase changeOwner(long id, String ownerId) {
        return transactions.update(StoredCase.class, id, "no case " + id, stored -> stored.setOwner(ownerId),
                StoredCase::toCase);
    }

    @Override
    public CollectionsCase addInvoices(long id, List<String> invoiceIds) {
        return transactions.update(StoredCase.class, id, "no case " + id, stored -> stored.addInvoices(invoiceIds),
                StoredCase::toCase);
    }

    @Override
    public List<CollectionsCase> all() {
        return transactions.read(em -> em.createQuery("select c from StoredCase c order by c.id", StoredCase.class)
                .getResultStream().map(StoredCase::toCase).toList());
    }
}
