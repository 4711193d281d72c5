package io.dunwise.engine;

import io.dunwise.ledger.api.Balances;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The engine's decision for one customer on one date, with its reasons (R28): the assignment (R5), the state of
 * each open invoice (R7, R26), each step with its reach date (R9, R10), the quiet period (R11), the exclusion (R6)
 * and the actions that follow.
 *
 * @param strategy   the strategy the customer is in, or empty
 * @param assignment why the customer is (or is not) in that strategy
 * @param openBalance the open invoices' balance, one per currency (issue 18 §2), whatever their state
 * @param leading    the leading invoice, or empty when nothing is chased
 * @param quiet      the quiet period, in words
 * @param exclusion  the exclusion, in words
 */
public record Decision(String customerId, LocalDate asOf, Optional<String> strategy, String assignment,
        List<InvoiceState> invoices, Balances openBalance, Optional<String> leading, List<StepState> steps,
        String quiet, String exclusion, List<PlannedAction> actions) {

    public Decision {
        invoices = List.copyOf(invoices);
        steps = List.copyOf(steps);
        actions = List.copyOf(actions);
    }

    /**
     * An open invoice as the automation sees it.
     *
     * @param state e.g. {@code leading}, {@code chased}, {@code disputed: not chased (R26)}
     */
    public record InvoiceState(String invoiceId, LocalDate dueDate, String openAmount, String state) {
    }

    /**
     * A step of the customer's strategy on the date.
     *
     * @param reachDate the date the step is reached for the leading invoice (R9); for a pre-dunning step, the
     *                  first date of the window of the earliest invoice it concerns (R10); empty if no invoice
     *                  concerns it
     * @param state     e.g. {@code not reached}, {@code passed over}, {@code current: fires},
     *                  {@code current: done on 2026-10-04}
     */
    public record StepState(String step, String actionType, boolean predunning, Optional<LocalDate> reachDate,
            String state) {
    }
}
