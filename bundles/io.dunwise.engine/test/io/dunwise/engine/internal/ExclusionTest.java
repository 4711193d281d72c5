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
}
