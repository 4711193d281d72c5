package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.actions;
import static io.dunwise.engine.internal.Fixtures.decide;
import static io.dunwise.engine.internal.Fixtures.dunning;
import static io.dunwise.engine.internal.Fixtures.exclude;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.model.ExclusionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R6: an excluded customer gets no action in the run, and the history records why. */
class ExclusionTest {

    private static Decision on(ExclusionKind kind, String threshold, List<Invoice> invoices) {
        return decide(List.of(exclude(dunning(0), kind, threshold)), account(invoices), DUE.plusDays(3));
    }

    @Test
    void r6AnAgedBalanceBelowTheThresholdExcludes() {
        List<Invoice> invoices = List.of(invoice("I1", DUE, "1000.00"), invoice("I2", DUE.plusDays(30), "300.00"));
        Decision excluded = on(ExclusionKind.AGED_BALANCE_BELOW, "1500", invoices);
        assertEquals(List.of("Reminder for I1 skipped: excluded: aged balance 1300.00 is below 1500 (R6)"),
                actions(excluded));
        assertEquals("excluded: aged balance 1300.00 is below 1500 (R6)", excluded.exclusion());
        assertEquals(List.of("Reminder for I1"), actions(on(ExclusionKind.AGED_BALANCE_BELOW, "1300", invoices)),
                "a balance equal to the threshold is not below it");
    }

    @Test
    void r6DisputedInvoicesCountInTheAgedBalance() {
        Invoice disputed = new Invoice("I0", "C1", DUE.minusDays(60), DUE.minusDays(30), Amount.of("900", "EUR"),
                Amount.of("900", "EUR"), InvoiceStatus.DISPUTED);
        assertEquals(List.of("Reminder for I1"), actions(on(ExclusionKind.AGED_BALANCE_BELOW, "1500",
                List.of(disputed, invoice("I1", DUE, "1000.00")))));
    }

    @Test
    void r6TheLeadingInvoicesOpenAmountBelowTheThresholdExcludes() {
        List<Invoice> invoices = List.of(invoice("I1", DUE, "200.00"), invoice("I2", DUE.plusDays(1), "5000.00"));
        assertEquals(List.of("Reminder for I1 skipped: excluded: leading invoice's open amount 200.00 is below 500 (R6)"),
                actions(on(ExclusionKind.INVOICE_AMOUNT_BELOW, "500", invoices)));
        assertEquals(List.of("Reminder for I1"), actions(on(ExclusionKind.INVOICE_AMOUNT_BELOW, "200", invoices)));
    }

    private static Invoice inSek(String id, LocalDate due, String open) {
        return new Invoice(id, "C1", due.minusDays(30), due, Amount.of(open, "SEK"), Amount.of(open, "SEK"),
                InvoiceStatus.OPEN);
    }

    @Test
    void r6_issue18_theAgedBalanceOfAMixedCustomerIsTheBalanceInTheLeadingInvoicesCurrency() {
        // leading I1 is 1000.00 EUR; 50000 SEK due later must not lift the EUR balance over a threshold of 1500
        List<Invoice> invoices = List.of(invoice("I1", DUE, "1000.00"), inSek("I2", DUE.plusDays(20), "50000.00"));
        Decision excluded = on(ExclusionKind.AGED_BALANCE_BELOW, "1500", invoices);
        assertEquals(List.of("Reminder for I1 skipped: excluded: aged balance 1000.00 EUR (in the leading invoice's "
                + "currency; 50000.00 SEK not counted) is below 1500 (R6)"), actions(excluded));
    }

    @Test
    void r6_issue18_aMixedCustomerWhoseLeadingCurrencyReachesTheThresholdIsNotExcluded() {
        List<Invoice> invoices = List.of(inSek("I1", DUE, "5000.00"), invoice("I2", DUE.plusDays(20), "200.00"),
                inSek("I3", DUE.plusDays(40), "100.00"));
        Decision decision = on(ExclusionKind.AGED_BALANCE_BELOW, "1500", invoices);
        assertEquals(List.of("Reminder for I1"), actions(decision));
        assertEquals("exclude aged balance below 1500: 5100.00 SEK (in the leading invoice's currency; 200.00 EUR "
                + "not counted) is not below, not excluded", decision.exclusion());
    }

    @Test
    void r28_issue18_theDecisionShowsOneOpenBalancePerCurrency() {
        Decision decision = on(ExclusionKind.AGED_BALANCE_BELOW, "1500", List.of(invoice("I1", DUE, "1000.00"),
                inSek("I2", DUE.plusDays(20), "50000.00"), invoice("I3", DUE.plusDays(30), "20.00")));
        assertEquals(List.of(Amount.of("1020.00", "EUR"), Amount.of("50000.00", "SEK")),
                decision.openBalance().amounts());
    }
}
