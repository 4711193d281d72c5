package io.dunwise.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A payment received from a customer into a bank account, with the invoices it settles (spec section 1, R21).
 * The settled amounts are positive, in the payment's currency, and never add up to more than the payment.
 */
public record Payment(String id, String customerId, LocalDate date, Amount amount, String bankAccount,
        List<Settlement> settlements) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        settlements = List.copyOf(settlements);
        Amount settled = new Amount(BigDecimal.ZERO, amount.currency());
        for (Settlement settlement : settlements) {
            if (!settlement.amount().isPositive()) {
                throw new IllegalArgumentException("payment " + id + " settles " + settlement.amount() + " of "
                        + settlement.invoiceId() + ": settled amounts are positive");
            }
            settled = settled.plus(settlement.amount());
        }
        if (settled.compareTo(amount) > 0) {
            throw new IllegalArgumentException("payment " + id + " settles " + settled + ", more than its " + amount);
        }
    }
}
