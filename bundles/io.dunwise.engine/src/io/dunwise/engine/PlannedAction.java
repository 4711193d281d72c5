package io.dunwise.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * An action the engine decided for a run date: what a run performs and a simulation shows (R17).
 *
 * @param invoiceIds the invoices it is about: the leading invoice (R9) or, for a pre-dunning notice, the one
 *                   invoice it announces (R10)
 */
public record PlannedAction(String customerId, String strategy, String step, String actionType,
        List<String> invoiceIds, LocalDate date) {

    public PlannedAction {
        invoiceIds = List.copyOf(invoiceIds);
    }
}
