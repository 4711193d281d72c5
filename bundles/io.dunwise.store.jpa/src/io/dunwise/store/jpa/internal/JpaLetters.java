package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Letters;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Collection letters through JPA. A letter's number comes from the letter counter in the transaction that posts
 * it: a letter that is not posted (its printing failed, the process died) uses no number, and the counter row stays
 * locked until the posting commits, so two processes never take the same number (R15, issue 18 §1).
 */
final class JpaLetters implements Letters {

    private final Transactions transactions;

    JpaLetters(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public CollectionLetter post(CollectionLetter letter) {
        return post(letter, numbered -> {
            // nothing to print
        });
    }

    @Override
    public CollectionLetter post(CollectionLetter letter, Printing printing) {
        return transactions.write(em -> {
            if (letter.actionId() != null) {
                List<StoredLetter> earlier = em.createQuery(
                        "select l from StoredLetter l where l.actionId = :action", StoredLetter.class)
                        .setParameter("action", letter.actionId()).getResultList();
                if (!earlier.isEmpty()) {
                    return earlier.get(0).toLetter();
                }
            }
            StoredLetter stored = StoredLetter.of(letter, nextNumber(em));
            em.persist(stored);
            em.flush();
            CollectionLetter posted = stored.toLetter();
            try {
                printing.print(posted);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return posted;
        });
    }

    /** Takes the next letter number; the update locks the counter row until this transaction ends. */
    private static long nextNumber(EntityManager em) {
        em.createNativeQuery("update letter_counter set last_number = last_number + 1 where counter_id = 1")
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_number from letter_counter where counter_id = 1")
                .getSingleResult()).longValue();
    }

    @Override
    public List<CollectionLetter> ofCustomer(String customerId) {
        return transactions.read(em -> em.createQuery("""
                select l from StoredLetter l where l.customerId = :customer order by l.date desc, l.number desc""",
                StoredLetter.class).setParameter("customer", customerId)
                .getResultStream().map(StoredLetter::toLetter).toList());
    }
}
