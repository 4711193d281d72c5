package io.dunwise.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Collections operations that change open amounts (R21–R23), each applied with its journal entry in one
 * transaction. The store checks again, inside that transaction and with the rows locked, what the caller read
 * before composing the entry: a stale or repeated request is refused with a {@link LedgerException} and changes
 * nothing, so an operation cannot apply twice.
 */
public interface Postings {

    /**
     * R21: a payment settles invoices. Adds the settlements to the payment, lowers each invoice's open amount and
     * posts the entry. Refused when the payment is unknown or returned, when its unallocated amount or an invoice's
     * open amount is now smaller than what is asked.
     */
    JournalEntry settlePayment(String paymentId, List<Settlement> settlements, JournalEntry entry);

    /**
     * R21: a credit note (an invoice with a negative amount) settles invoices: its open amount rises towards zero
     * by what the invoices' open amounts fall. Refused when what is asked exceeds either open amount.
     */
    JournalEntry settleCreditNote(String creditNoteId, List<Settlement> settlements, JournalEntry entry);

    /**
     * R22: the invoices' open amounts go to zero and the entry is posted. Refused when an invoice's open amount is
     * no longer the one read (settled, written off or changed meanwhile).
     */
    JournalEntry writeOff(List<Invoice> asRead, JournalEntry entry);

    /**
     * R23: a payment is returned on a date: exactly the settlements read ({@code reopened}) are removed and their
     * amounts added back to the invoices' open amounts (which are open again), the optional fee invoice is added and
     * the entry (null when there is nothing to post) is posted. Refused when the payment is unknown, already
     * returned, or its settlements are no longer those read.
     */
    Optional<JournalEntry> returnPayment(String paymentId, LocalDate returned, List<Settlement> reopened,
            Invoice fee, JournalEntry entry);

    /** The date a payment was returned (R23), if it was. */
    Optional<LocalDate> returned(String paymentId);
}
