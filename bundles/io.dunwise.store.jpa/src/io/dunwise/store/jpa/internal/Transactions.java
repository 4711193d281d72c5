package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.LedgerException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** Units of work on the ledger: each read or write has its own entity manager, each write its own transaction. */
final class Transactions {

    static final int PAGE = 5_000;

    private final EntityManagerFactory factory;

    Transactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    <R> R read(Function<EntityManager, R> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    <R> R write(Function<EntityManager, R> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            R result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    /** Stores a new entity (its id from its sequence) and returns what it became. */
    <S, T> T persist(S stored, Function<S, T> toValue) {
        return write(em -> {
            em.persist(stored);
            em.flush();
            return toValue.apply(stored);
        });
    }

    /**
     * Stores a new entity written by an action (R16) unless that action stored one before: then returns that one.
     * The entity has an {@code actionId} field; a null id means no action, and always stores.
     */
    <S, T> T persistOnce(Class<S> type, String actionId, S stored, Function<S, T> toValue) {
        return write(em -> {
            if (actionId != null) {
                List<S> earlier = em.createQuery("select s from " + type.getSimpleName()
                        + " s where s.actionId = :action", type).setParameter("action", actionId).getResultList();
                if (!earlier.isEmpty()) {
                    return toValue.apply(earlier.get(0));
                }
            }
            em.persist(stored);
            em.flush();
            return toValue.apply(stored);
        });
    }

    /** Changes one stored entity found by its id, or refuses with a message naming what is missing. */
    <S, T> T update(Class<S> type, Object id, String missing, Consumer<S> change, Function<S, T> toValue) {
        return write(em -> {
            S stored = em.find(type, id);
            if (stored == null) {
                throw new LedgerException(missing);
            }
            change.accept(stored);
            return toValue.apply(stored);
        });
    }

    /**
     * Reads a large result a page at a time (keyset paging: each page starts after the last row of the one
     * before), so that memory stays flat whatever the size of the ledger.
     *
     * @param firstPage the query for the first page
     * @param nextPage  the query for the page after a given last row
     */
    <S, T> void forEachPage(Function<EntityManager, TypedQuery<S>> firstPage,
            BiFunction<EntityManager, S, TypedQuery<S>> nextPage, Function<S, T> map,
            Consumer<T> action) {
        forEachPageOf(firstPage, nextPage, (em, page) -> page.stream().map(map).toList(), action);
    }

    /**
     * The same, with each page turned into values as a whole, in the entity manager that read it: for values that
     * need more queries per page (one for the page's children rather than one per row). The action sees the values
     * after that entity manager is closed, so it may write to the ledger.
     */
    <S, T> void forEachPageOf(Function<EntityManager, TypedQuery<S>> firstPage,
            BiFunction<EntityManager, S, TypedQuery<S>> nextPage, BiFunction<EntityManager, List<S>, List<T>> map,
            Consumer<T> action) {
        S last = null;
        while (true) {
            EntityManager em = factory.createEntityManager();
            List<S> page;
            List<T> values;
            try {
                TypedQuery<S> query = last == null ? firstPage.apply(em) : nextPage.apply(em, last);
                page = query.setMaxResults(PAGE).getResultList();
                values = page.isEmpty() ? List.of() : map.apply(em, page);
            } finally {
                em.close();
            }
            values.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }
}
