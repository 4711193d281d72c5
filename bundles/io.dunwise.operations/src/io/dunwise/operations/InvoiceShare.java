package io.dunwise.operations;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The part of an invoice an operation asks for: {@code I1} (as much as is open and available), {@code I1=50} (in the
 * invoice's currency) or {@code I1=50 EUR} (refused unless the invoice is in EUR).
 *
 * @param value    the amount, or null for as much as possible
 * @param currency the currency written with it, or null
 */
public record InvoiceShare(String invoiceId, BigDecimal value, String currency) {

    public InvoiceShare {
        Objects.requireNonNull(invoiceId, "invoiceId");
    }

    /** The whole open amount of an invoice (or what is left to allocate, if less). */
    public static InvoiceShare all(String invoiceId) {
        return new InvoiceShare(invoiceId, null, null);
    }
}
