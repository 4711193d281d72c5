package io.dunwise.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A balanced entry in a journal (settle, write-off or NSF, R21–R23, named by parameters R25): its lines add up
 * to zero in each currency. {@code id} is 0 until the ledger posts it; {@code reason} is the write-off reason
 * code, or null.
 */
public record JournalEntry(long id, String journal, LocalDate date, String description, String reason,
        List<JournalLine> lines) {

    public JournalEntry {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a journal entry needs at least two lines, not " + lines.size());
        }
        Map<String, BigDecimal> balance = new TreeMap<>();
        for (JournalLine line : lines) {
            balance.merge(line.amount().currency(), line.amount().value(), BigDecimal::add);
        }
        balance.forEach((currency, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalArgumentException("journal entry in " + journal + " is off balance by "
                        + sum.toPlainString() + " " + currency);
            }
        });
    }
}
