package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.ledger.api.ProcessHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        return complete(id, outcome, reason, List.of());
    }

    @Override
    public HistoryEntry complete(long id, Outcome outcome, String reason, List<String> recipients) {
        if (outcome == Outcome.PENDING) {
            throw new IllegalArgumentException("an action is completed as done, failed or skipped, not pending");
        }
        return transactions.update(StoredHistoryEntry.class, id, "no action " + id + " in the process history",
                stored -> stored.complete(outcome, reason, recipients), StoredHistoryEntry::toEntry);
    }

    @Override
    public HistoryEntry replace(long id, String reason, List<String> recipients, HistoryEntry replacement) {
        if (replacement.outcome() != Outcome.PENDING) {
            throw new IllegalArgumentException("a replacement action is recorded pending, to be performed");
        }
        return transactions.write(em -> {
            StoredHistoryEntry failed = em.find(StoredHistoryEntry.class, id);
            if (failed == null) {
                throw new LedgerException("no action " + id + " in the process history");
            }
            failed.complete(Outcome.FAILED, reason, recipients);
            StoredHistoryEntry stored = StoredHistoryEntry.of(replacement);
            em.persist(stored);
            em.flush();
            return stored.toEntry();
        });
    }

    @Override
    public void mark(long id, String part) {
        transactions.write(em -> {
            Number known = (Number) em.createNativeQuery(
                    "select count(*) from action_mark where action_id = ? and part = ?")
                    .setParameter(1, id).setParameter(2, part).getSingleResult();
            if (known.longValue() == 0) {
                em.createNativeQuery("insert into action_mark (action_id, part) values (?, ?)")
                        .setParameter(1, id).setParameter(2, part).executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Set<String> marks(long id) {
        return transactions.read(em -> {
            List<?> parts = em.createNativeQuery("select part from action_mark where action_id = ?")
                    .setParameter(1, id).getResultList();
            return parts.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
        });
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
