package io.dunwise.predictions;

import java.time.LocalDate;

/**
 * How well the model predicted the newest part of the history after learning from the older part, beside the
 * baseline "late if the customer's last invoice was late" on the same invoices.
 *
 * @param testFrom      the first invoice date of the test part; the model learnt only what was known before it
 * @param trainInvoices invoices learnt from
 * @param testInvoices  invoices predicted
 * @param lateShare     the share of the test invoices that were paid late
 */
public record Evaluation(LocalDate asOf, LocalDate testFrom, int trainInvoices, int testInvoices, double lateShare,
        Score model, Score baseline) {

    /**
     * @param accuracy the share of invoices predicted right (late when the probability is at least one half)
     * @param auc      the area under the ROC curve: the chance that a late invoice gets a higher score than an
     *                 invoice paid on time (ties count half)
     */
    public record Score(double accuracy, double auc) {
    }
}
