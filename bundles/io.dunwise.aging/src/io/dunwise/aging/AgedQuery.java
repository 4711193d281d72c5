package io.dunwise.aging;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which aged balances to list (R20): those of a pool's members, or of the members of the pools an agent owns, or of
 * everyone (both null); membership on {@code asOf}. At most {@code limit} rows, the largest totals first (0: all);
 * the totals cover every row the query matches, shown or not.
 */
public record AgedQuery(String pool, String agent, LocalDate asOf, int limit) {

    public AgedQuery {
        Objects.requireNonNull(asOf, "asOf");
        if (limit < 0) {
            throw new IllegalArgumentException("a limit is 0 (all) or more, not " + limit);
        }
        if (pool != null && agent != null) {
            throw new IllegalArgumentException("list by pool or by agent, not both");
        }
    }
}
