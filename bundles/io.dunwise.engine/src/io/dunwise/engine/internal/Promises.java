package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.time.LocalDate;

/**
 * R26: a disputed invoice is not chased; a promised one is not chased until its promise date. A promise whose
 * date has passed while the invoice is still open is broken: the invoice is chased again and the history says so.
 */
final class Promises {

    private Promises() {
    }

    /** Whether the automation chases an open invoice on {@code asOf}. */
    static boolean isChased(Invoice invoice, LocalDate asOf) {
        return invoice.isOpen() && (invoice.status() == InvoiceStatus.OPEN || isBroken(invoice, asOf));
    }

    /** A promise to pay whose date is before {@code asOf}, the invoice still open. */
    static boolean isBroken(Invoice invoice, LocalDate asOf) {
        return invoice.status() == InvoiceStatus.PROMISED && invoice.isOpen() && invoice.promiseDate() != null
                && invoice.promiseDate().isBefore(asOf);
    }

    /** The note written once when a promise is found broken. */
    static String brokenNote(Invoice invoice) {
        return "promised " + invoice.promisedAmount() + " by " + invoice.promiseDate() + "; "
                + invoice.openAmount() + " still open";
    }
}
