package io.dunwise.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer and day where two strategy sets act differently (R27).
 *
 * @param proposed the actions only the proposed set takes that day
 * @param current  the actions only the current set takes that day
 */
public record Difference(String customerId, LocalDate date, List<PlannedAction> proposed,
        List<PlannedAction> current) {

    public Difference {
        proposed = List.copyOf(proposed);
        current = List.copyOf(current);
    }
}
