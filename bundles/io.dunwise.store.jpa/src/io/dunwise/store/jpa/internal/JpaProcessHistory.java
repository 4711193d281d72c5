package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.ledger.api.ProcessHistory;
import java.time.LocalDate;
import java.util.List;

/** The process history and its outbox through JPA (R16). */
final class JpaProcessHistory implements ProcessHistory {

    private final Transactions transactions;

    JpaProcessHistory(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<HistoryEntry> record(List<HistoryEntry> entries) {
        return transactions.write(em -> {
            List<StoredHistoryEntry> stored = entries.stream().map(StoredHistoryEntry::of).toList();
            stored.forEach(em::persist);
            em.flush();
            return stored.stream().map(StoredHistoryEntry::toEntry).toList();
        });
    }

    @Override
    public HistoryEntry complete(long id, Outcome outcome, String reason) {
        if (outcome == Outcome.PENDING) {
            throw new IllegalArgumentException("an action is completed as done, failed or skipped, not pending");
        }
        return transactions.update(StoredHistoryEntry.class, id, "no action " + id + " in the process history",
                stored -> stored.complete(outcome, reason), StoredHistoryEntry::toEntry);
    }

    @Override
    public List<HistoryEntry> pending() {
        return transactions.read(em -> em.createQuery(
                "select h from StoredHistoryEntry h where h.outcome = :pending order by h.id", StoredHistoryEntry.class)
                .setParameter("pending", Outcome.PENDING).getResultStream().map(StoredHistoryEntry::toEntry).toList());
    }

    @Override
    public List<HistoryEntry> ofCustomer(String customerId) {
        return transactions.read(em -> em.createQuery("""
                select h from StoredHistoryEntry h where h.customerId = :customer order by h.date, h.id""",
                StoredHistoryEntry.class).setParameter("customer", customerId)
                .getResultStream().map(StoredHistoryEntry::toEntry).toList());
    }

    @Override
    public List<HistoryEntry> onDate(LocalDate date) {
        return transactions.read(em -> em.createQuery("""
                select h from StoredHistoryEntry h where h.date = :date order by h.customerId, h.id""",
                StoredHistoryEntry.class).setParameter("date", date)
                .getResultStream().map(StoredHistoryEntry::toEntry).toList());
    }

    @Override
    public List<HistoryEntry> ofRun(String runId) {
        return transactions.read(em -> em.createQuery(
                "select h from StoredHistoryEntry h where h.runId = :run order by h.id", StoredHistoryEntry.class)
                .setParameter("run", runId).getResultStream().map(StoredHistoryEntry::toEntry).toList());
    }
}
