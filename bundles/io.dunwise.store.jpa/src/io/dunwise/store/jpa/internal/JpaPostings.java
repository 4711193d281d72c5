package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Postings;
import io.dunwise.ledger.api.Settlement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Settlements, write-offs and returned payments through JPA (R21–R23): each in one transaction that locks the rows
 * it changes, checks them again against what the caller read, changes them and posts the entry.
 */
final class JpaPostings implements Postings {

    private final Transactions transactions;

    JpaPostings(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public JournalEntry settlePayment(String paymentId, List<Settlement> settlements, JournalEntry entry) {
        return transactions.write(em -> {
            StoredPayment payment = lock(em, StoredPayment.class, paymentId, "no payment " + paymentId);
            if (em.find(StoredPaymentReturn.class, paymentId) != null) {
                throw new LedgerException("payment " + paymentId + " was returned (NSF): it settles nothing");
            }
            Payment read = payment.toPayment();
            Amount unallocated = read.amount();
            for (Settlement earlier : read.settlements()) {
                unallocated = unallocated.plus(negated(earlier.amount()));
            }
            Amount asked = total(settlements, read.amount().currency());
            if (asked.compareTo(unallocated) > 0) {
                throw new LedgerException("payment " + paymentId + " has " + unallocated + " unallocated, less than "
                        + asked);
            }
            for (Settlement settlement : settlements) {
                lowerOpenAmount(em, settlement);
                payment.settle(new StoredSettlement(settlement.invoiceId(), settlement.amount().value()));
            }
            return post(em, entry);
        });
    }

    @Override
    public JournalEntry settleCreditNote(String creditNoteId, List<Settlement> settlements, JournalEntry entry) {
        return transactions.write(em -> {
            StoredInvoice creditNote = lock(em, StoredInvoice.class, creditNoteId, "no credit note " + creditNoteId);
            Invoice read = creditNote.toInvoice();
            Amount asked = total(settlements, read.currency());
            if (read.openAmount().plus(asked).value().signum() > 0) {
                throw new LedgerException("credit note " + creditNoteId + " has " + negated(read.openAmount())
                        + " open, less than " + asked);
            }
            for (Settlement settlement : settlements) {
                lowerOpenAmount(em, settlement);
            }
            creditNote.changeOpenAmount(asked.value());
            return post(em, entry);
        });
    }

    @Override
    public JournalEntry writeOff(List<Invoice> asRead, JournalEntry entry) {
        return transactions.write(em -> {
            for (Invoice invoice : asRead) {
                StoredInvoice stored = lock(em, StoredInvoice.class, invoice.id(), "no invoice " + invoice.id());
                Amount open = stored.toInvoice().openAmount();
                if (open.compareTo(invoice.openAmount()) != 0) {
                    throw new LedgerException("invoice " + invoice.id() + " has " + open + " open, no longer "
                            + invoice.openAmount() + ": nothing was written off");
                }
                stored.changeOpenAmount(open.value().negate());
            }
            return post(em, entry);
        });
    }

    @Override
    public Optional<JournalEntry> returnPayment(String paymentId, LocalDate returned, List<Settlement> reopened,
            Invoice fee, JournalEntry entry) {
        return transactions.write(em -> {
            StoredPayment payment = lock(em, StoredPayment.class, paymentId, "no payment " + paymentId);
            StoredPaymentReturn earlier = em.find(StoredPaymentReturn.class, paymentId);
            if (earlier != null) {
                throw new LedgerException("payment " + paymentId + " was returned on " + earlier.returnedOn()
                        + " already");
            }
            if (!payment.toPayment().settlements().equals(reopened)) {
                throw new LedgerException("payment " + paymentId + " settles other invoices than read: try again");
            }
            for (Settlement settlement : reopened) {
                StoredInvoice invoice = lock(em, StoredInvoice.class, settlement.invoiceId(),
                        "no invoice " + settlement.invoiceId());
                invoice.changeOpenAmount(settlement.amount().value());
                invoice.setStatus(InvoiceStatus.OPEN, null, null);
            }
            payment.removeSettlements();
            if (fee != null) {
                if (em.find(StoredInvoice.class, fee.id()) != null) {
                    throw new LedgerException("invoice " + fee.id() + " exists already");
                }
                em.persist(StoredInvoice.of(fee));
            }
            Optional<JournalEntry> posted = Optional.ofNullable(entry).map(e -> post(em, e));
            em.persist(new StoredPaymentReturn(paymentId, returned, posted.map(JournalEntry::id).orElse(null)));
            return posted;
        });
    }

    @Override
    public Optional<LocalDate> returned(String paymentId) {
        return transactions.read(em -> Optional.ofNullable(em.find(StoredPaymentReturn.class, paymentId))
                .map(StoredPaymentReturn::returnedOn));
    }

    private static void lowerOpenAmount(EntityManager em, Settlement settlement) {
        StoredInvoice invoice = lock(em, StoredInvoice.class, settlement.invoiceId(),
                "no invoice " + settlement.invoiceId());
        Amount open = invoice.toInvoice().openAmount();
        if (settlement.amount().compareTo(open) > 0) {
            throw new LedgerException("invoice " + settlement.invoiceId() + " has " + open + " open, less than "
                    + settlement.amount());
        }
        invoice.changeOpenAmount(settlement.amount().value().negate());
    }

    private static <S> S lock(EntityManager em, Class<S> type, String id, String missing) {
        S stored = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            throw new LedgerException(missing);
        }
        return stored;
    }

    private static JournalEntry post(EntityManager em, JournalEntry entry) {
        StoredJournalEntry stored = StoredJournalEntry.of(entry);
        em.persist(stored);
        em.flush();
        return stored.toEntry();
    }

    private static Amount total(List<Settlement> settlements, String currency) {
        Amount total = new Amount(BigDecimal.ZERO, currency);
        for (Settlement settlement : settlements) {
            total = total.plus(settlement.amount());
        }
        return total;
    }

    private static Amount negated(Amount amount) {
        return new Amount(amount.value().negate(), amount.currency());
    }
}
