package io.dunwise.predictions.internal;

import static io.dunwise.predictions.internal.Histories.START;
import static io.dunwise.predictions.internal.Histories.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.InvoiceOutcome;
import io.dunwise.predictions.Prediction;
import io.dunwise.predictions.PredictionsUnavailableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** R12: the probability of late payment of open, not yet due invoices, with the reasons in words. */
class PredictionsTest {

    private static final LocalDate AS_OF = START.plusDays(400);

    private static List<Prediction> predict(List<InvoiceOutcome> invoices) {
        return TribuoPaymentPredictions.predict(PaymentExamples.of(Histories.of(invoices), AS_OF), AS_OF);
    }

    /** The generated ledger, with two customers of plain habits and one new invoice each. */
    private static List<InvoiceOutcome> ledger() {
        List<InvoiceOutcome> invoices = new ArrayList<>(Histories.generated(150, 380, 11, AS_OF));
        for (int n = 1; n <= 9; n++) {
            LocalDate dated = START.plusDays(30L * n);
            invoices.add(invoice("LATE-" + n, "LATE", dated, 30, "1000", dated.plusDays(n <= 7 ? 55 : 25)));
            invoices.add(invoice("PUNCTUAL-" + n, "PUNCTUAL", dated, 30, "1000", dated.plusDays(25)));
        }
        invoices.add(invoice("LATE-NEW", "LATE", AS_OF.minusDays(2), 30, "3100", null));
        invoices.add(invoice("PUNCTUAL-NEW", "PUNCTUAL", AS_OF.minusDays(2), 30, "1000", null));
        return invoices;
    }

    @Test
    void r12PredictsExactlyTheOpenInvoicesNotYetDue() {
        List<InvoiceOutcome> invoices = ledger();
        List<String> expected = invoices.stream()
                .filter(invoice -> !invoice.isSettledBy(AS_OF) && !invoice.dueDate().isBefore(AS_OF))
                .map(InvoiceOutcome::invoiceId).sorted().toList();
        List<String> predicted = predict(invoices).stream().map(Prediction::invoiceId).sorted().toList();
        assertEquals(expected, predicted);
        assertTrue(predicted.size() > 20, "the generated ledger has open invoices: " + predicted.size());
    }

    @Test
    void r12AHabituallyLatePayerIsRiskierWithItsReasonsInWords() {
        Map<String, Prediction> predictions = predict(ledger()).stream()
                .collect(Collectors.toMap(Prediction::invoiceId, Function.identity()));
        Prediction late = predictions.get("LATE-NEW");
        Prediction punctual = predictions.get("PUNCTUAL-NEW");
        assertTrue(late.probability() > 0.5 && punctual.probability() < 0.5, late + " / " + punctual);
        assertTrue(late.reasons().contains("paid 7 of 9 invoices late"), late.reasons().toString());
        assertTrue(late.reasons().size() <= Reasons.MOST, late.reasons().toString());
        assertTrue(late.reasons().stream().noneMatch(reason -> reason.startsWith("paid 0 of")),
                late.reasons().toString());
    }

    @Test
    void r17TheSameHistoryGivesTheSamePredictions() {
        assertEquals(predict(ledger()), predict(ledger()));
    }

    @Test
    void r12AHistoryWithoutLatePaymentsTeachesNothing() {
        List<InvoiceOutcome> punctual = List.of(invoice("I1", "C", START, 30, "100", START.plusDays(20)),
                invoice("I2", "C", AS_OF.minusDays(1), 30, "100", null));
        PredictionsUnavailableException refused = assertThrows(PredictionsUnavailableException.class,
                () -> predict(punctual));
        assertTrue(refused.getMessage().contains("none of them paid late"), refused.getMessage());
    }
}
