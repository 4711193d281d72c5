package io.dunwise.ledger.api;

import java.util.Objects;

/** The part of a payment (or credit note) that settles one invoice (R21). */
public record Settlement(String invoiceId, Amount amount) {

    public Settlement {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
    }
}
