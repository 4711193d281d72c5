package io.dunwise.aging.internal;

import io.dunwise.ledger.api.AgingBasis;
import io.dunwise.ledger.api.AgingBucket;
import io.dunwise.model.AgingDefinition;
import io.dunwise.model.AgingPeriod;
import io.dunwise.model.AgingUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An aging definition (R19) as the dates its periods cover on a snapshot date D. A period "a..b" counts the days
 * (or whole months, as {@link java.time.temporal.ChronoUnit#MONTHS} counts them) from an invoice's basis date to D:
 * in days the basis date lies between D − b and D − a; in months, after D − (b + 1) months and on or before
 * D − a months. "to b" has no lower count and "from a" no upper one.
 */
record AgingPeriods(String name, AgingBasis basis, AgingUnit unit, List<Period> periods) {

    /** One period as written: a label and its counts, null where the period is open. */
    record Period(String label, Integer from, Integer to) {
    }

    /** The definition used when the strategy files have none: the one in the architecture's sketch. */
    static final AgingPeriods STANDARD = new AgingPeriods("Standard", AgingBasis.DUE_DATE, AgingUnit.DAYS, List.of(
            new Period("Current", null, 0), new Period("1-30", 1, 30), new Period("31-60", 31, 60),
            new Period("61-90", 61, 90), new Period("Over 90", 91, null)));

    static AgingPeriods of(AgingDefinition definition) {
        List<Period> periods = new ArrayList<>();
        for (AgingPeriod period : definition.getPeriods()) {
            periods.add(new Period(period.getLabel(), period.getFrom(), period.getTo()));
        }
        AgingBasis basis = definition.getBasis() == io.dunwise.model.AgingBasis.INVOICE_DATE
                ? AgingBasis.INVOICE_DATE : AgingBasis.DUE_DATE;
        return new AgingPeriods(definition.getName(), basis, definition.getUnit(), periods);
    }

    /** The periods as the basis dates they cover on {@code asOf}. */
    List<AgingBucket> on(LocalDate asOf) {
        return periods.stream().map(period -> new AgingBucket(period.label(),
                period.to() == null ? null : earliestWith(asOf, period.to()),
                period.from() == null ? null : latestWith(asOf, period.from()))).toList();
    }

    /** The earliest basis date that is at most {@code count} days or months before {@code asOf}. */
    private LocalDate earliestWith(LocalDate asOf, int count) {
        return unit == AgingUnit.MONTHS ? asOf.minusMonths(count + 1L).plusDays(1) : asOf.minusDays(count);
    }

    /** The latest basis date that is at least {@code count} days or months before {@code asOf}. */
    private LocalDate latestWith(LocalDate asOf, int count) {
        return unit == AgingUnit.MONTHS ? asOf.minusMonths(count) : asOf.minusDays(count);
    }
}
