package io.dunwise.ledger.api;

import java.util.Locale;
import java.util.Optional;

/** Whether automation may chase an open invoice (R26). */
public enum InvoiceStatus {
    /** Chased by the automation. */
    OPEN,
    /** The customer disputes it: skipped until the dispute is resolved. */
    DISPUTED,
    /** The customer promised to pay it by a date: skipped until the promise is broken. */
    PROMISED;

    /** The status as written in files and on the command line: {@code open}, {@code disputed}, {@code promised}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InvoiceStatus> ofLabel(String label) {
        for (InvoiceStatus status : values()) {
            if (status.label().equals(label)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
