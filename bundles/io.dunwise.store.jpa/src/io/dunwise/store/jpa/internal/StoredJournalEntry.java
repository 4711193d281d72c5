package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.JournalEntry;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A posted journal entry as stored, with its lines in order. */
@Entity
@Table(name = "journal_entry")
public class StoredJournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_id")
    @SequenceGenerator(name = "journal_entry_id", sequenceName = "journal_entry_id", allocationSize = 1)
    private long id;
    private String journal;
    @Column(name = "entry_date")
    private LocalDate date;
    private String description;
    private String reason;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "line_number")
    private List<StoredJournalLine> lines = new ArrayList<>();

    protected StoredJournalEntry() {
    }

    static StoredJournalEntry of(JournalEntry entry) {
        StoredJournalEntry stored = new StoredJournalEntry();
        stored.journal = entry.journal();
        stored.date = entry.date();
        stored.description = entry.description();
        stored.reason = entry.reason();
        stored.lines = new ArrayList<>(entry.lines().stream().map(StoredJournalLine::of).toList());
        return stored;
    }

    JournalEntry toEntry() {
        return new JournalEntry(id, journal, date, description, reason,
                lines.stream().map(StoredJournalLine::toLine).toList());
    }
}
