package io.dunwise.predictions.internal;

import static io.dunwise.predictions.internal.Histories.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.InvoiceOutcome;
import io.dunwise.predictions.Evaluation;
import io.dunwise.predictions.PredictionsUnavailableException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R12, spec section 8: the evaluation trains on the older part of the history and tests on the newest fifth,
 * beside the baseline "late if the customer's last invoice was late".
 */
class TimeSplitTest {

    private static final LocalDate AS_OF = START.plusDays(420);

    private static List<InvoiceExample> examples(List<InvoiceOutcome> invoices) {
        return PaymentExamples.of(Histories.of(invoices), AS_OF);
    }

    @Test
    void r12TheNewestFifthIsTestedAndTheRestLearntAsKnownOnTheFirstTestDate() {
        List<InvoiceExample> examples = examples(Histories.generated(200, 400, 5, AS_OF));
        Evaluation evaluation = TimeSplit.evaluate(examples, AS_OF);
        List<InvoiceExample> known = examples.stream()
                .filter(example -> example.lateAsKnownBefore(AS_OF).isPresent()).toList();
        List<InvoiceExample> test = known.stream()
                .filter(example -> !example.invoice().invoiceDate().isBefore(evaluation.testFrom())).toList();
        long train = known.stream().filter(example -> example.invoice().invoiceDate().isBefore(evaluation.testFrom())
                && example.lateAsKnownBefore(evaluation.testFrom()).isPresent()).count();
        assertEquals(test.size(), evaluation.testInvoices());
        assertEquals(train, evaluation.trainInvoices());
        assertTrue(Math.abs(test.size() - known.size() * TimeSplit.TEST_SHARE) <= 1 + sameDay(known, evaluation),
                "about a fifth: " + test.size() + " of " + known.size());
        assertTrue(train < known.size() - test.size(), "invoices not yet settled on the first test date are left out");
        assertEquals(test.stream().filter(example -> example.lateAsKnownBefore(AS_OF).orElseThrow()).count()
                / (double) test.size(), evaluation.lateShare(), 1e-12);
    }

    @Test
    void r12TheBaselineIsScoredOnTheCustomersLastKnownInvoice() {
        List<InvoiceExample> examples = examples(Histories.generated(200, 400, 6, AS_OF));
        Evaluation evaluation = TimeSplit.evaluate(examples, AS_OF);
        List<InvoiceExample> test = examples.stream()
                .filter(example -> example.lateAsKnownBefore(AS_OF).isPresent()
                        && !example.invoice().invoiceDate().isBefore(evaluation.testFrom())).toList();
        long right = test.stream()
                .filter(example -> example.features().lastLate() == example.lateAsKnownBefore(AS_OF).orElseThrow())
                .count();
        assertEquals(right / (double) test.size(), evaluation.baseline().accuracy(), 1e-12);
        // with 0/1 scores the AUC is the mean of the true-positive rate and the true-negative rate
        long latePredictedLate = test.stream().filter(example -> example.lateAsKnownBefore(AS_OF).orElseThrow()
                && example.features().lastLate()).count();
        long onTimePredictedOnTime = test.stream().filter(example -> !example.lateAsKnownBefore(AS_OF).orElseThrow()
                && !example.features().lastLate()).count();
        long late = test.stream().filter(example -> example.lateAsKnownBefore(AS_OF).orElseThrow()).count();
        assertEquals((latePredictedLate / (double) late + onTimePredictedOnTime / (double) (test.size() - late)) / 2,
                evaluation.baseline().auc(), 1e-9);
    }

    @Test
    void r12OnHabitsThatDependOnAmountTheModelRanksBetterThanChance() {
        Evaluation evaluation = TimeSplit.evaluate(examples(Histories.generated(300, 400, 7, AS_OF)), AS_OF);
        assertTrue(evaluation.model().auc() > 0.6, evaluation.toString());
        assertTrue(evaluation.model().accuracy() > 0.5, evaluation.toString());
    }

    @Test
    void r12ATooShortHistoryIsRefusedWithWhatItLacks() {
        List<InvoiceExample> examples = examples(Histories.generated(3, 200, 8, AS_OF));
        PredictionsUnavailableException refused = assertThrows(PredictionsUnavailableException.class,
                () -> TimeSplit.evaluate(examples, AS_OF));
        assertTrue(refused.getMessage().contains("an evaluation needs at least 100"), refused.getMessage());
    }

    /** Invoices dated the first test date that fall before the fifth's boundary also count as test invoices. */
    private static long sameDay(List<InvoiceExample> known, Evaluation evaluation) {
        return known.stream().filter(example -> example.invoice().invoiceDate().equals(evaluation.testFrom())).count();
    }
}
