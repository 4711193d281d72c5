package io.dunwise.predictions.internal;

import java.util.List;
import java.util.Locale;

/**
 * The main reasons of a prediction in words an agent reads: the features that push it most towards paying late,
 * each with the customer's own figures ("paid 7 of 9 invoices late", "amount 3.1× the usual").
 */
final class Reasons {

    static final int MOST = 3;

    private Reasons() {
    }

    /** Up to three reasons, the strongest first; none when no feature points to paying late. */
    static List<String> of(PaymentFeatures features, List<LatePaymentModel.Contribution> contributions) {
        return contributions.stream().filter(contribution -> contribution.logOdds() > 0)
                .map(contribution -> words(contribution.feature(), features)).distinct().limit(MOST).toList();
    }

    static String words(int feature, PaymentFeatures f) {
        return switch (PaymentFeatures.NAMES.get(feature)) {
            case "lateShare" -> f.known() == 0 ? "no payment history yet"
                    : "paid " + f.late() + " of " + f.known() + " invoices late";
            case "meanDaysLate" -> f.known() == 0 ? "no payment history yet"
                    : days(f.meanDaysLate()) + " late on average";
            case "recentDaysLate" -> f.recent() == 0 ? "no payment history yet"
                    : (f.recent() == 1 ? "the last invoice " : "the last " + f.recent() + " invoices ")
                            + days(f.recentDaysLate()) + " late" + (f.recent() == 1 ? "" : " on average");
            case "amountVsUsual" -> f.known() == 0 && f.usualRatio() == 1 ? "a first invoice"
                    : "amount " + String.format(Locale.ROOT, "%.1f", f.usualRatio()) + "× the usual";
            case "termsDays" -> f.termsDays() + " days to pay";
            case "history" -> f.known() == 0 ? "no payment history yet"
                    : f.known() + (f.known() == 1 ? " invoice" : " invoices") + " of history";
            default -> throw new IllegalArgumentException("no words for feature " + feature);
        };
    }

    private static String days(double days) {
        long rounded = Math.round(days);
        return rounded == 1 ? "1 day" : rounded + " days";
    }
}
