package io.dunwise.predictions.internal;

import static io.dunwise.predictions.internal.Histories.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.InvoiceOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec section 8 (R12): an invoice's features come only from its customer's history known before its date. */
class PaymentFeaturesTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static final InvoiceOutcome ON_TIME = invoice("I1", "C", JAN, 30, "1000", JAN.plusDays(28));
    private static final InvoiceOutcome TEN_LATE = invoice("I2", "C", JAN.plusDays(10), 30, "1000",
            JAN.plusDays(50));
    private static final InvoiceOutcome STILL_OPEN = invoice("I3", "C", JAN.plusDays(20), 30, "2000", null);
    private static final InvoiceOutcome NEW = invoice("I4", "C", JAN.plusDays(70), 30, "3000", null);

    @Test
    void sectionEightLateShareMeanAndRecentDaysLateUsualAmountAndTerms() {
        PaymentFeatures features = new CustomerHistory(List.of(ON_TIME, TEN_LATE, STILL_OPEN, NEW)).featuresOf(NEW);
        // I3 is open 20 days after its due date on I4's date: known late, 20 days so far
        assertEquals(3, features.known());
        assertEquals(2, features.late());
        assertEquals((0 + 10 + 20) / 3.0, features.meanDaysLate(), 1e-9);
        assertEquals((0 + 10 + 20) / 3.0, features.recentDaysLate(), 1e-9);
        assertEquals(3000 / 1000.0, features.usualRatio(), 1e-9, "the median of 1000, 1000, 2000");
        assertEquals(30, features.termsDays());
        assertTrue(features.lastLate(), "the invoice due last (I3) is late");
    }

    @Test
    void sectionEightNoLeakageFromPaymentsAfterTheInvoiceDate() {
        // on I2's date (Jan 11) I1 is neither paid (Jan 29) nor due (Jan 31): nothing is known yet
        PaymentFeatures atI2 = new CustomerHistory(List.of(ON_TIME, TEN_LATE)).featuresOf(TEN_LATE);
        assertEquals(0, atI2.known());
        assertEquals(1.0, atI2.usualRatio(), 1e-9, "amounts of earlier invoices are known at once");

        // what happens later, to any invoice, does not change the features of an earlier one
        List<InvoiceOutcome> later = new ArrayList<>(List.of(ON_TIME, TEN_LATE, STILL_OPEN));
        PaymentFeatures before = new CustomerHistory(later).featuresOf(STILL_OPEN);
        later.add(NEW);
        later.set(2, invoice("I3", "C", JAN.plusDays(20), 30, "2000", JAN.plusDays(45)));
        assertEquals(before, new CustomerHistory(later).featuresOf(later.get(2)));
    }

    @Test
    void sectionEightAPaymentOnTheInvoiceDateIsNotYetKnown() {
        InvoiceOutcome paidThatDay = invoice("I1", "C", JAN, 40, "100", JAN.plusDays(40));
        InvoiceOutcome next = invoice("I2", "C", JAN.plusDays(40), 30, "100", null);
        assertEquals(0, new CustomerHistory(List.of(paidThatDay, next)).featuresOf(next).known(),
                "I1 is paid and due on I2's date: not known before it");
        InvoiceOutcome dayAfter = invoice("I3", "C", JAN.plusDays(41), 30, "100", null);
        assertEquals(1, new CustomerHistory(List.of(paidThatDay, dayAfter)).featuresOf(dayAfter).known());
    }

    @Test
    void r12BaselineIsTheLastKnownInvoiceNotTheLastDated() {
        InvoiceOutcome lateOne = invoice("I1", "C", JAN, 10, "100", JAN.plusDays(30));
        InvoiceOutcome onTimeNotYetKnown = invoice("I2", "C", JAN.plusDays(35), 30, "100", JAN.plusDays(60));
        InvoiceOutcome next = invoice("I3", "C", JAN.plusDays(40), 30, "100", null);
        PaymentFeatures features = new CustomerHistory(List.of(lateOne, onTimeNotYetKnown, next)).featuresOf(next);
        assertTrue(features.lastLate(), "I2 is paid after I3's date: the last one known is I1, late");
        assertFalse(new CustomerHistory(List.of(next)).featuresOf(next).lastLate(), "no history: on time");
    }
}
