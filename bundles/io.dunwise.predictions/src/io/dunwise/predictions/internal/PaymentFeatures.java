package io.dunwise.predictions.internal;

import java.util.List;

/**
 * An invoice as the model sees it (spec section 8), from what was known of its customer before the invoice's date:
 * the share of invoices paid late, mean and recent days late, the amount relative to the customer's usual amount,
 * the days it gives to pay, and how much history there is. {@code lastLate} is the baseline's one fact.
 *
 * @param known      earlier invoices whose payment was known
 * @param late       of those, the ones paid late (or overdue and still open)
 * @param recent     how many of the last known invoices {@code recentDaysLate} averages (at most three)
 * @param usualRatio the amount over the median amount of the customer's earlier invoices; 1 without any
 * @param termsDays  days from invoice date to due date
 */
record PaymentFeatures(int known, int late, double meanDaysLate, double recentDaysLate, int recent,
        double usualRatio, long termsDays, boolean lastLate) {

    /** The model's inputs, in the order of {@link #values()}. */
    static final List<String> NAMES = List.of("lateShare", "meanDaysLate", "recentDaysLate", "amountVsUsual",
            "termsDays", "history");

    /**
     * The model's inputs: the late share is smoothed towards one half so that one invoice is not a certainty, and
     * ratios and counts are taken as logarithms, as their effect shrinks with size.
     */
    double[] values() {
        return new double[] {(late + 0.5) / (known + 1.0), meanDaysLate, recentDaysLate, Math.log(usualRatio),
                termsDays, Math.log1p(known)};
    }
}
