package io.dunwise.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.JournalLine;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store's side of the collections operations (R21–R24): each applies with its journal entry in one transaction,
 * checks again what was read, and a refused or repeated operation changes nothing.
 */
class PostingsTest extends StoreTest {

    private static final LocalDate DAY = Ledgers.DAY;

    private static JournalEntry entry(String journal, String debit, String credit, String amount, String invoice) {
        return new JournalEntry(0, journal, DAY, "test", null, List.of(
                new JournalLine(debit, Amount.of(amount, "SEK"), "C1", null, null),
                new JournalLine(credit, Amount.of("-" + amount, "SEK"), "C1", invoice, null)));
    }

    private static Amount open(Ledger ledger, String invoice) {
        return ledger.invoices().find(invoice).orElseThrow().openAmount();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void r21SettlingAPaymentLowersOpenAmountsOnceAndNeverBeyondWhatIsOpenOrUnallocated(String kind)
            throws Exception {
        try (Ledger ledger = open(kind)) {
            // P2 (10.00 EUR, nothing settled) settles C3's I4 in full
            JournalEntry settled = ledger.postings().settlePayment("P2",
                    List.of(new Settlement("I4", Amount.of("0.0125", "EUR"))), new JournalEntry(0, "SETTLE", DAY,
                            "test", null, List.of(new JournalLine("1930", Amount.of("0.0125", "EUR"), "C3", null, "P2"),
                                    new JournalLine("1510", Amount.of("-0.0125", "EUR"), "C3", "I4", "P2"))));
            assertEquals(Amount.of("0.00", "EUR"), ledger.invoices().find("I4").orElseThrow().openAmount());
            assertEquals(List.of(new Settlement("I4", Amount.of("0.0125", "EUR"))),
                    ledger.payments().find("P2").orElseThrow().settlements());
            // P1 (249.99) settles 249.99 already: nothing left to allocate
            assertEquals("payment P1 has 0.00 SEK unallocated, less than 10.00 SEK", assertThrows(
                    LedgerException.class, () -> ledger.postings().settlePayment("P1",
                            List.of(new Settlement("I1", Amount.of("10.00", "SEK"))),
                            entry("SETTLE", "1930", "1510", "10.00", "I1"))).getMessage());
            assertEquals(Amount.of("1200.50", "SEK"), open(ledger, "I1"), "nothing changed");
            assertEquals(List.of(settled), ledger.journals().all(), "nothing more posted");

            // a credit note settles part of I1; its open amount rises towards zero
            JournalEntry posted = ledger.postings().settleCreditNote("CN1",
                    List.of(new Settlement("I1", Amount.of("30.00", "SEK"))), entry("SETTLE", "1510", "1510", "30.00",
                            "I1"));
            assertTrue(posted.id() > 0);
            assertEquals(Amount.of("1170.50", "SEK"), open(ledger, "I1"));
            assertEquals(Amount.of("-10.00", "SEK"), open(ledger, "CN1"));
            // the same request again asks more than the credit note still has: refused, nothing changes
            assertEquals("credit note CN1 has 10.00 SEK open, less than 30.00 SEK", assertThrows(
                    LedgerException.class, () -> ledger.postings().settleCreditNote("CN1",
                            List.of(new Settlement("I1", Amount.of("30.00", "SEK"))),
                            entry("SETTLE", "1510", "1510", "30.00", "I1"))).getMessage());
            assertEquals(Amount.of("1170.50", "SEK"), open(ledger, "I1"));
            assertEquals(List.of(settled, posted), ledger.journals().all());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void r22AWriteOffZeroesOpenAmountsAndIsRefusedWhenAnInvoiceChangedMeanwhile(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            Invoice i1 = ledger.invoices().find("I1").orElseThrow();
            Invoice i2 = ledger.invoices().find("I2").orElseThrow();
            ledger.postings().writeOff(List.of(i1), entry("WRITEOFF", "6351", "1510", "1200.50", "I1"));
            assertEquals(Amount.of("0.00", "SEK"), open(ledger, "I1"));
            // I1 read before the write-off is stale now: the whole write-off (I2 too) is refused
            assertEquals("invoice I1 has 0.00 SEK open, no longer 1200.50 SEK: nothing was written off",
                    assertThrows(LedgerException.class, () -> ledger.postings().writeOff(List.of(i2, i1),
                            entry("WRITEOFF", "6351", "1510", "1350.50", "I1"))).getMessage());
            assertEquals(Amount.of("150.00", "SEK"), open(ledger, "I2"), "I2 unchanged: one transaction");
            assertEquals(1, ledger.journals().entries("WRITEOFF").size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void r23AReturnedPaymentReopensWhatItSettledChargesTheFeeAndCannotReturnTwice(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            Payment p1 = ledger.payments().find("P1").orElseThrow();
            Invoice fee = new Invoice("NSF-P1", "C1", DAY, DAY, Amount.of("25.00", "SEK"), Amount.of("25.00", "SEK"),
                    InvoiceStatus.OPEN);
            // a stale read of the settlements is refused and changes nothing
            assertEquals("payment P1 settles other invoices than read: try again", assertThrows(
                    LedgerException.class, () -> ledger.postings().returnPayment("P1", DAY,
                            p1.settlements().subList(0, 1), fee, entry("NSF", "1510", "1930", "150.00", "I2"))
                    ).getMessage());
            assertEquals(Optional.empty(), ledger.invoices().find("NSF-P1"));

            Optional<JournalEntry> posted = ledger.postings().returnPayment("P1", DAY, p1.settlements(), fee,
                    entry("NSF", "1510", "1930", "249.99", "I2"));
            assertTrue(posted.isPresent());
            assertEquals(Amount.of("300.00", "SEK"), open(ledger, "I2"));
            assertEquals(InvoiceStatus.OPEN, ledger.invoices().find("I2").orElseThrow().status(), "no longer promised");
            assertEquals(Amount.of("99.99", "SEK"), open(ledger, "I3"));
            assertEquals(List.of(), ledger.payments().find("P1").orElseThrow().settlements());
            assertEquals(fee, ledger.invoices().find("NSF-P1").orElseThrow());
            assertEquals(Optional.of(DAY), ledger.postings().returned("P1"));

            assertEquals("payment P1 was returned on " + DAY + " already", assertThrows(LedgerException.class,
                    () -> ledger.postings().returnPayment("P1", DAY, List.of(), null, null)).getMessage());
            assertEquals("payment P1 was returned (NSF): it settles nothing", assertThrows(LedgerException.class,
                    () -> ledger.postings().settlePayment("P1", List.of(new Settlement("I1", Amount.of("1.00",
                            "SEK"))), entry("SETTLE", "1930", "1510", "1.00", "I1"))).getMessage());
            assertEquals("no payment NOPE", assertThrows(LedgerException.class,
                    () -> ledger.postings().returnPayment("NOPE", DAY, List.of(), null, null)).getMessage());
            assertEquals(1, ledger.journals().all().size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void r24ACaseChangesOwnerAndGainsInvoicesOnce(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            CollectionsCase opened = ledger.cases().open(new CollectionsCase(0, "C1", "dispute", "open", null, DAY,
                    List.of("I1"), List.of()));
            assertEquals("ANNA", ledger.cases().changeOwner(opened.id(), "ANNA").ownerId());
            assertEquals(List.of("I1", "I2"), ledger.cases().addInvoices(opened.id(), List.of("I2", "I1"))
                    .invoiceIds());
            assertEquals(null, ledger.cases().changeOwner(opened.id(), null).ownerId());
            assertEquals(List.of(ledger.cases().find(opened.id()).orElseThrow()), ledger.cases().all());
            assertEquals("no case 999", assertThrows(LedgerException.class,
                    () -> ledger.cases().changeOwner(999, "ANNA")).getMessage());
        }
    }
}
