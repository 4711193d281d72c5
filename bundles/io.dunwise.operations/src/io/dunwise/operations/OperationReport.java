package io.dunwise.operations;

import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.JournalEntry;
import java.util.List;
import java.util.Optional;

/**
 * What an operation did: the entry it posted (none when a returned payment had nothing to reverse and no fee), and
 * the invoices it touched as they are now, the fee invoice of a returned payment among them.
 */
public record OperationReport(Optional<JournalEntry> entry, List<Invoice> invoices) {

    public OperationReport {
        invoices = List.copyOf(invoices);
    }
}
