package io.dunwise.ledger.api;

/** Whether automation may chase an open invoice (R26). */
public enum InvoiceStatus {
    /** Chased by the automation. */
    OPEN,
    /** The customer disputes it: skipped until the dispute is resolved. */
    DISPUTED,
    /** The customer promised to pay it by a date: skipped until the promise is broken. */
    PROMISED
}
