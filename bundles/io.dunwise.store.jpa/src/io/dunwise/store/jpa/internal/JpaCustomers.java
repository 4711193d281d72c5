package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.CustomerFilter;
import io.dunwise.ledger.api.Customers;
import io.dunwise.ledger.api.Hold;
import io.dunwise.ledger.api.LedgerException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Customers and their contacts through JPA. */
final class JpaCustomers implements Customers {

    private final Transactions transactions;

    JpaCustomers(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long count() {
        return transactions.read(em -> em.createQuery("select count(c) from StoredCustomer c", Long.class)
                .getSingleResult());
    }

    @Override
    public Optional<Customer> find(String id) {
        return transactions.read(em -> Optional.ofNullable(em.find(StoredCustomer.class, id))
                .map(StoredCustomer::toCustomer));
    }

    @Override
    public List<Customer> all() {
        return transactions.read(em -> em.createQuery("select c from StoredCustomer c order by c.id",
                StoredCustomer.class).getResultStream().map(StoredCustomer::toCustomer).toList());
    }

    @Override
    public void forEach(Consumer<Customer> action) {
        transactions.forEachPage(
                em -> em.createQuery("select c from StoredCustomer c order by c.id", StoredCustomer.class),
                (em, last) -> em.createQuery("select c from StoredCustomer c where c.id > :last order by c.id",
                        StoredCustomer.class).setParameter("last", last.toCustomer().id()),
                StoredCustomer::toCustomer, action);
    }

    @Override
    public List<Contact> contacts(String customerId) {
        return transactions.read(em -> {
            Set<String> bounced = em.createQuery("select b from StoredBounce b where b.customerId = :customer",
                    StoredBounce.class).setParameter("customer", customerId).getResultStream()
                    .map(StoredBounce::email).collect(Collectors.toSet());
            return em.createQuery("""
                    select c from StoredContact c where c.key.owner = :customer order by c.key.position""",
                    StoredContact.class).setParameter("customer", customerId)
                    .getResultStream().map(contact -> contact.toContact(bounced)).toList();
        });
    }

    @Override
    public void forEachContact(Consumer<Contact> action) {
        transactions.forEachPage(
                em -> em.createQuery("select c from StoredContact c order by c.key.owner, c.key.position",
                        StoredContact.class),
                (em, last) -> em.createQuery("""
                        select c from StoredContact c
                        where c.key.owner > :customer or (c.key.owner = :customer and c.key.position > :position)
                        order by c.key.owner, c.key.position""", StoredContact.class)
                        .setParameter("customer", last.key().owner())
                        .setParameter("position", last.key().position()),
                contact -> contact.toContact(Set.of()), action);
    }

    @Override
    public void setOnHold(String customerId, boolean onHold) {
        transactions.update(StoredCustomer.class, customerId, "no customer " + customerId,
                customer -> customer.setOnHold(onHold), StoredCustomer::toCustomer);
    }

    @Override
    public void recordBounce(String customerId, String email, LocalDate date, String reason) {
        String address = address(email);
        transactions.write(em -> {
            if (em.find(StoredCustomer.class, customerId) == null) {
                throw new LedgerException("no customer " + customerId);
            }
            StoredBounce bounce = em.find(StoredBounce.class, new StoredBounce.Key(customerId, address));
            if (bounce == null) {
                em.persist(new StoredBounce(customerId, address, date, reason));
            } else {
                bounce.update(date, reason);
            }
            return null;
        });
    }

    @Override
    public void clearBounce(String customerId, String email) {
        String address = address(email);
        transactions.write(em -> {
            StoredBounce bounce = em.find(StoredBounce.class, new StoredBounce.Key(customerId, address));
            if (bounce != null) {
                em.remove(bounce);
            }
            return null;
        });
    }

    /** Addresses are compared without case: that is how mail systems treat them in practice. */
    private static String address(String email) {
        if (email == null || email.isBlank()) {
            throw new LedgerException("a bounce needs the email address that bounced");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void hold(String customerId, Hold hold) {
        Objects.requireNonNull(hold, "hold");
        changeSetting(customerId, setting -> setting.hold(hold));
    }

    @Override
    public void release(String customerId) {
        changeSetting(customerId, setting -> setting.hold(null));
    }

    @Override
    public void assign(String customerId, String strategy) {
        changeSetting(customerId, setting -> setting.assign(strategy));
    }

    /** Changes a customer's setting, creating it on first use and removing it when nothing is left in it. */
    private void changeSetting(String customerId, Consumer<StoredCustomerSetting> change) {
        transactions.write(em -> {
            if (em.find(StoredCustomer.class, customerId) == null) {
                throw new LedgerException("no customer " + customerId);
            }
            StoredCustomerSetting setting = em.find(StoredCustomerSetting.class, customerId);
            boolean isNew = setting == null;
            if (isNew) {
                setting = new StoredCustomerSetting(customerId);
            }
            change.accept(setting);
            if (setting.isEmpty() && !isNew) {
                em.remove(setting);
            } else if (!setting.isEmpty() && isNew) {
                em.persist(setting);
            }
            return null;
        });
    }

    @Override
    public Set<String> matching(CustomerFilter filter, LocalDate asOf) {
        return transactions.read(em -> CustomerFilterQuery.ids(em, filter, asOf));
    }
}
