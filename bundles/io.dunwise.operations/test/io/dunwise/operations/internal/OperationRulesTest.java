package io.dunwise.operations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.JournalLine;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.Settlement;
import io.dunwise.model.BankAccount;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.Parameters;
import io.dunwise.operations.InvoiceShare;
import io.dunwise.operations.OperationParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of the collections operations (R21–R25) as each operation's plan checks and composes them. */
class OperationRulesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-01");
    private static final OperationParameters PARAMETERS = OperationParameters.DEFAULTS;

    private static final Invoice I1 = invoice("I1", "C1", "100.00", "100.00", "EUR");
    private static final Invoice I2 = invoice("I2", "C1", "80.00", "30.00", "EUR");
    private static final Invoice SETTLED = invoice("I3", "C1", "50.00", "0.00", "EUR");
    private static final Invoice SEK = invoice("I4", "C1", "900.00", "900.00", "SEK");
    private static final Invoice OTHERS = invoice("I5", "C2", "10.00", "10.00", "EUR");
    private static final Invoice CREDIT_NOTE = invoice("CN1", "C1", "-60.00", "-60.00", "EUR");
    private static final Map<String, Invoice> READ = Stream.of(I1, I2, SETTLED, SEK, OTHERS, CREDIT_NOTE)
            .collect(Collectors.toMap(Invoice::id, Function.identity()));

    /** 150 EUR into SEB-1, 20 of it settling I2 already: 130 unallocated. */
    private static final Payment P1 = new Payment("P1", "C1", DAY.minusDays(3), Amount.of("150.00", "EUR"), "SEB-1",
            List.of(new Settlement("I2", Amount.of("20.00", "EUR"))));

    private static Invoice invoice(String id, String customer, String amount, String open, String currency) {
        return new Invoice(id, customer, DAY.minusDays(40), DAY.minusDays(10), Amount.of(amount, currency),
                Amount.of(open, currency), InvoiceStatus.OPEN);
    }

    private static InvoiceShare share(String id, String value) {
        return new InvoiceShare(id, new BigDecimal(value), null);
    }

    private static SettlementPlan settle(InvoiceShare... shares) {
        return SettlementPlan.ofPayment(P1, false, READ, List.of(shares), PARAMETERS, DAY);
    }

    private static void refused(String message, Executable operation) {
        assertEquals(message, assertThrows(LedgerException.class, operation).getMessage());
    }

    @Test
    void r21APaymentSettlesOpenInvoicesFromBankToReceivablesInTheSettleJournal() {
        SettlementPlan plan = settle(share("I1", "90"), InvoiceShare.all("I2"));
        assertEquals(List.of(new Settlement("I1", Amount.of("90", "EUR")), new Settlement("I2", Amount.of("30.00",
                "EUR"))), plan.settlements());
        assertEquals("SETTLE", plan.entry().journal());
        assertEquals(List.of(new JournalLine("1930", Amount.of("120.00", "EUR"), "C1", null, "P1"),
                new JournalLine("1510", Amount.of("-90", "EUR"), "C1", "I1", "P1"),
                new JournalLine("1510", Amount.of("-30.00", "EUR"), "C1", "I2", "P1")), plan.entry().lines());
    }

    @Test
    void r21WithoutAnAmountAnInvoiceTakesWhatThePaymentHasLeft() {
        // 130 unallocated: I2 takes its 30 open, I1 the 100 left
        assertEquals(List.of(new Settlement("I2", Amount.of("30.00", "EUR")), new Settlement("I1", Amount.of("100.00",
                "EUR"))), settle(InvoiceShare.all("I2"), InvoiceShare.all("I1")).settlements());
    }

    @Test
    void r21RefusesOverSettlingAnInvoiceOrThePayment() {
        refused("invoice I2 has 30.00 EUR open, less than 30.01 EUR", () -> settle(share("I2", "30.01")));
        Payment small = new Payment("P2", "C1", DAY, Amount.of("40.00", "EUR"), null, List.of());
        refused("payment P2 has 40.00 EUR left to settle with, less than 60.00 EUR", () -> SettlementPlan.ofPayment(
                small, false, READ, List.of(share("I1", "30.00"), share("I2", "30.00")), PARAMETERS, DAY));
        refused("payment P2 has nothing left for invoice I2", () -> SettlementPlan.ofPayment(small, false, READ,
                List.of(share("I1", "40.00"), InvoiceShare.all("I2")), PARAMETERS, DAY));
    }

    @Test
    void r21RefusesOtherCustomersInvoicesOtherCurrenciesAndSettledInvoices() {
        refused("invoice I5 is customer C2's, not C1's", () -> settle(share("I5", "1")));
        refused("invoice I4 is in SEK; payment P1 is in EUR", () -> settle(share("I4", "1")));
        refused("the amount for invoice I1 is in USD; the invoice is in EUR",
                () -> settle(new InvoiceShare("I1", BigDecimal.ONE, "USD")));
        refused("invoice I3 is settled: nothing is open", () -> settle(InvoiceShare.all("I3")));
        refused("invoice CN1 is a credit note: it settles invoices, not the other way",
                () -> settle(share("CN1", "1")));
    }

    @Test
    void r21RefusesUnknownRepeatedNegativeAndOverPreciseRequestsAndReturnedPayments() {
        refused("no invoice NOPE", () -> settle(share("NOPE", "1")));
        refused("invoice I1 is named twice", () -> settle(share("I1", "1"), share("I1", "2")));
        refused("name at least one invoice", () -> settle());
        refused("the amount for invoice I1 must be positive, not -5", () -> settle(share("I1", "-5")));
        refused("the amount 0.00001 for invoice I1 has more than 4 decimals", () -> settle(share("I1", "0.00001")));
        refused("payment P1 was returned (NSF): it settles nothing", () -> SettlementPlan.ofPayment(P1, true, READ,
                List.of(share("I1", "1")), PARAMETERS, DAY));
    }

    @Test
    void r21ACreditNoteMovesReceivablesFromTheInvoicesToItselfUpToItsOpenAmount() {
        SettlementPlan plan = SettlementPlan.ofCreditNote(CREDIT_NOTE, READ, List.of(share("I1", "50")),
                PARAMETERS, DAY);
        assertEquals(List.of(new JournalLine("1510", Amount.of("50", "EUR"), "C1", "CN1", null),
                new JournalLine("1510", Amount.of("-50", "EUR"), "C1", "I1", null)), plan.entry().lines());
        refused("credit note CN1 has 60.00 EUR left to settle with, less than 70 EUR", () -> SettlementPlan
                .ofCreditNote(CREDIT_NOTE, READ, List.of(share("I1", "70")), PARAMETERS, DAY));
        refused("invoice I1 is not a credit note (its amount is 100.00 EUR)", () -> SettlementPlan.ofCreditNote(I1,
                READ, List.of(share("I2", "1")), PARAMETERS, DAY));
        refused("credit note CN9 has nothing left to settle with", () -> SettlementPlan.ofCreditNote(
                invoice("CN9", "C1", "-10.00", "0.00", "EUR"), READ, List.of(share("I1", "1")), PARAMETERS, DAY));
    }

    @Test
    void r22AWriteOffChargesTheOpenAmountsToTheWriteOffAccountWithTheDefaultReason() {
        WriteOffPlan plan = WriteOffPlan.of(List.of("I1", "I4"), READ, null, PARAMETERS, DAY);
        assertEquals("WRITEOFF", plan.entry().journal());
        assertEquals("BAD-DEBT", plan.entry().reason());
        assertEquals(List.of(new JournalLine("6351", Amount.of("100.00", "EUR"), "C1", "I1", null),
                new JournalLine("1510", Amount.of("-100.00", "EUR"), "C1", "I1", null),
                new JournalLine("6351", Amount.of("900.00", "SEK"), "C1", "I4", null),
                new JournalLine("1510", Amount.of("-900.00", "SEK"), "C1", "I4", null)), plan.entry().lines());
        assertEquals("SMALL-BAL", WriteOffPlan.of(List.of("I2"), READ, "SMALL-BAL", PARAMETERS, DAY).entry().reason());
    }

    @Test
    void r22RefusesASettledInvoiceACreditNoteAndAReasonThatIsNotACode() {
        refused("invoice I3 is settled: nothing to write off",
                () -> WriteOffPlan.of(List.of("I1", "I3"), READ, null, PARAMETERS, DAY));
        refused("invoice CN1 is a credit note: settle it against invoices instead",
                () -> WriteOffPlan.of(List.of("CN1"), READ, null, PARAMETERS, DAY));
        refused("the reason code 'bad debt' is not a code: 1 to 64 letters, digits, '.', '_' or '-'",
                () -> WriteOffPlan.of(List.of("I1"), READ, "bad debt", PARAMETERS, DAY));
        refused("no invoice NOPE", () -> WriteOffPlan.of(List.of("NOPE"), READ, null, PARAMETERS, DAY));
    }

    @Test
    void r23AReturnedPaymentReversesWhatItSettledThroughItsBanksNsfJournalAndChargesTheFee() {
        OperationParameters parameters = PARAMETERS.withNsfFee(Amount.of("25.00", "EUR"))
                .withBank("SEB-1", new OperationParameters.Bank("1931", "NSF-SEB"));
        NsfReturn nsf = NsfReturn.of(Optional.of(P1), "P1", Optional.empty(), true, parameters, DAY);
        assertEquals("NSF-SEB", nsf.entry().journal());
        assertEquals(new Invoice("NSF-P1", "C1", DAY, DAY, Amount.of("25.00", "EUR"), Amount.of("25.00", "EUR"),
                InvoiceStatus.OPEN), nsf.fee());
        assertEquals(List.of(new JournalLine("1931", Amount.of("-20.00", "EUR"), "C1", null, "P1"),
                new JournalLine("1510", Amount.of("20.00", "EUR"), "C1", "I2", "P1"),
                new JournalLine("1510", Amount.of("25.00", "EUR"), "C1", "NSF-P1", "P1"),
                new JournalLine("3591", Amount.of("-25.00", "EUR"), "C1", "NSF-P1", "P1")), nsf.entry().lines());
        // another bank account has the default account and journal
        Payment other = new Payment("P3", "C1", DAY, Amount.of("5.00", "EUR"), "OTHER",
                List.of(new Settlement("I1", Amount.of("5.00", "EUR"))));
        assertEquals("NSF", NsfReturn.of(Optional.of(other), "P3", Optional.empty(), false, parameters, DAY).entry()
                .journal());
    }

    @Test
    void r23APaymentThatSettledNothingAndNoFeePostsNothing() {
        Payment unsettled = new Payment("P2", "C1", DAY, Amount.of("40.00", "EUR"), null, List.of());
        NsfReturn nsf = NsfReturn.of(Optional.of(unsettled), "P2", Optional.empty(), false, PARAMETERS, DAY);
        assertNull(nsf.entry());
        assertNull(nsf.fee());
    }

    @Test
    void r23RefusesAnUnknownOrReturnedPaymentAndAFeeThatCannotBeCharged() {
        refused("no payment P9", () -> NsfReturn.of(Optional.empty(), "P9", Optional.empty(), false, PARAMETERS, DAY));
        refused("payment P1 was returned on 2026-10-30 already", () -> NsfReturn.of(Optional.of(P1), "P1",
                Optional.of(DAY.minusDays(2)), false, PARAMETERS, DAY));
        refused("payment P1 was received on 2026-10-29; it cannot be returned on 2026-10-28", () -> NsfReturn.of(
                Optional.of(P1), "P1", Optional.empty(), false, PARAMETERS, DAY.minusDays(4)));
        refused("the parameters set no NSF fee; return the payment without one (--no-fee)", () -> NsfReturn.of(
                Optional.of(P1), "P1", Optional.empty(), true, PARAMETERS, DAY));
        refused("the NSF fee is in SEK; payment P1 is in EUR (return it without a fee: --no-fee)", () -> NsfReturn.of(
                Optional.of(P1), "P1", Optional.empty(), true, PARAMETERS.withNsfFee(Amount.of("250", "SEK")), DAY));
    }

    @Test
    void r25TheParametersBlockNamesTheJournalsAndReasonAndTheRestHasItsDefaults() {
        assertEquals(OperationParameters.DEFAULTS, OperationParameters.of(Optional.empty()));
        Parameters written = DunwiseFactory.eINSTANCE.createParameters();
        written.setSettleJournal("AR-SETTLE");
        written.setWriteOffReason("SMALL");
        OperationParameters parameters = OperationParameters.of(Optional.of(written));
        assertEquals("AR-SETTLE", parameters.settleJournal());
        assertEquals("SMALL", parameters.writeOffReason());
        assertEquals("WRITEOFF", parameters.writeOffJournal());
        assertEquals("NSF", parameters.nsfJournal());
        assertEquals("1510", parameters.receivablesAccount());
        assertEquals(null, parameters.nsfFee(), "no fee unless one is written");

        written.setWriteOffAccount("6350");
        written.setNsfFee(new BigDecimal("25.00"));
        written.setNsfFeeCurrency("EUR");
        BankAccount seb = DunwiseFactory.eINSTANCE.createBankAccount();
        seb.setBank("SEB-1");
        seb.setAccount("1931");
        written.getBanks().add(seb);
        parameters = OperationParameters.of(Optional.of(written));
        assertEquals("6350", parameters.writeOffAccount());
        assertEquals(Amount.of("25.00", "EUR"), parameters.nsfFee());
        assertEquals(new OperationParameters.Bank("1931", "NSF"), parameters.bank("SEB-1"),
                "R23: a bank without an NSF journal of its own returns through the parameters' NSF journal");
        assertEquals(new OperationParameters.Bank("1930", "NSF"), parameters.bank("OTHER"));
        assertEquals("AR-SETTLE", SettlementPlan.ofPayment(P1, false, READ, List.of(share("I1", "1")), parameters,
                DAY).entry().journal());
    }
}
