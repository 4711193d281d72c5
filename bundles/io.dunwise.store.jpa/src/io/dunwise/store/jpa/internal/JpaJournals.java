package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.Journals;
import java.util.List;

/** Posted journal entries through JPA. */
final class JpaJournals implements Journals {

    private final Transactions transactions;

    JpaJournals(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public JournalEntry post(JournalEntry entry) {
        return transactions.persist(StoredJournalEntry.of(entry), StoredJournalEntry::toEntry);
    }

    @Override
    public List<JournalEntry> all() {
        return transactions.read(em -> em.createQuery("select e from StoredJournalEntry e order by e.id",
                StoredJournalEntry.class).getResultStream().map(StoredJournalEntry::toEntry).toList());
    }

    @Override
    public List<JournalEntry> entries(String journal) {
        return transactions.read(em -> em.createQuery(
                "select e from StoredJournalEntry e where e.journal = :journal order by e.id", StoredJournalEntry.class)
                .setParameter("journal", journal).getResultStream().map(StoredJournalEntry::toEntry).toList());
    }
}
