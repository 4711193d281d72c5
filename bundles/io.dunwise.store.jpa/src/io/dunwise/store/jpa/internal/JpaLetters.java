package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Letters;
import java.util.List;

/** Collection letters through JPA, numbered by the letter sequence. */
final class JpaLetters implements Letters {

    private final Transactions transactions;

    JpaLetters(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public CollectionLetter post(CollectionLetter letter) {
        return transactions.persistOnce(StoredLetter.class, letter.actionId(), StoredLetter.of(letter),
                StoredLetter::toLetter);
    }

    @Override
    public List<CollectionLetter> ofCustomer(String customerId) {
        return transactions.read(em -> em.createQuery("""
                select l from StoredLetter l where l.customerId = :customer order by l.date desc, l.number desc""",
                StoredLetter.class).setParameter("customer", customerId)
                .getResultStream().map(StoredLetter::toLetter).toList());
    }
}
