package io.dunwise.engine;

import io.dunwise.ledger.api.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the engine decided for a customer on a run date, as a run records it in the process history (R16) and a
 * simulation shows it (R17).
 *
 * <ul>
 * <li>{@link Outcome#PENDING}: an action to perform, handed to the handler of its type;</li>
 * <li>{@link Outcome#SKIPPED}: an action that was due but is not performed, with the reason (exclusion R6,
 * quiet days R11);</li>
 * <li>{@link Outcome#DONE}: a note that needs no handler, such as a broken promise to pay (R26).</li>
 * </ul>
 *
 * @param invoiceIds the invoices it is about; the first is the one the step was decided for: the leading invoice
 *                   (R9) or the invoice of a pre-dunning notice (R10). A letter lists every overdue invoice after
 *                   it (R15).
 * @param strategy   the strategy's id
 * @param step       the step's description, or null for a note
 */
public record PlannedAction(String customerId, String strategy, String step, String actionType,
        List<String> invoiceIds, LocalDate date, Outcome outcome, String reason) {

    /** The action type of the note written when a promise to pay is broken (R26). */
    public static final String PROMISE_BROKEN = "promise-broken";

    public PlannedAction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(actionType, "actionType");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        invoiceIds = List.copyOf(invoiceIds);
    }

    /** Whether a run hands this action to a handler. */
    public boolean isToPerform() {
        return outcome == Outcome.PENDING;
    }

    /** How the action reads in a simulation: planned, skipped: reason, or noted: reason. */
    public String label() {
        return switch (outcome) {
            case PENDING -> "planned";
            case SKIPPED -> "skipped: " + reason;
            default -> "noted: " + reason;
        };
    }
}
