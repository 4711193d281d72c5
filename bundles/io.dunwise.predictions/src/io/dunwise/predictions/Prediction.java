package io.dunwise.predictions;

import io.dunwise.ledger.api.Amount;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The predicted probability that an open invoice is paid after its due date, with the main reasons in words, the
 * strongest first ("paid 7 of 9 invoices late", "amount 3.1× the usual"); R12.
 */
public record Prediction(String invoiceId, String customerId, LocalDate dueDate, Amount amount,
        double probability, List<String> reasons) {

    public Prediction {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability lies between 0 and 1, not " + probability);
        }
        reasons = List.copyOf(reasons);
    }

    /** Whether the probability reaches {@code threshold} (R12: the strategy's prediction threshold). */
    public boolean isRisky(double threshold) {
        return probability >= threshold;
    }
}
