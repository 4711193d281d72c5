package io.dunwise.ledger.api;

import java.util.List;

/** Posted journal entries (R21–R23, R25). */
public interface Journals {

    /** Posts a balanced entry and returns it with its id. */
    JournalEntry post(JournalEntry entry);

    /** The entries of one journal, in the order they were posted. */
    List<JournalEntry> entries(String journal);

    /** Every entry of every journal, in the order they were posted. */
    List<JournalEntry> all();
}
