package io.dunwise.aging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.aging.internal.AgingPeriods.Period;
import io.dunwise.ledger.api.AgingBasis;
import io.dunwise.ledger.api.AgingBucket;
import io.dunwise.model.AgingUnit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R19: a definition's periods, written as counts of days or months past a date, become the dates they cover. */
class AgingPeriodsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    @Test
    void r19_periodsInDaysCoverTheDatesThatManyDaysBefore() {
        List<AgingBucket> buckets = AgingPeriods.STANDARD.on(DAY);

        assertEquals(List.of(new AgingBucket("Current", DAY, null),
                new AgingBucket("1-30", DAY.minusDays(30), DAY.minusDays(1)),
                new AgingBucket("31-60", DAY.minusDays(60), DAY.minusDays(31)),
                new AgingBucket("61-90", DAY.minusDays(90), DAY.minusDays(61)),
                new AgingBucket("Over 90", null, DAY.minusDays(91))), buckets);
    }

    @Test
    void r19_eachDateFallsInThePeriodOfItsDaysPastTheSnapshot() {
        AgingPeriods definition = new AgingPeriods("Days", AgingBasis.DUE_DATE, AgingUnit.DAYS, List.of(
                new Period("Not due", null, -1), new Period("Due today", 0, 0), new Period("1-45", 1, 45),
                new Period("Later", 46, null)));
        List<AgingBucket> buckets = definition.on(DAY);
        for (int offset = -400; offset <= 400; offset++) {
            LocalDate date = DAY.minusDays(offset);
            assertEquals(expected(definition, offset), holding(buckets, date), "a date " + offset + " days before");
        }
    }

    @Test
    void r19_periodsInMonthsCountWholeMonthsAsTheCalendarDoes() {
        AgingPeriods definition = new AgingPeriods("Months", AgingBasis.DUE_DATE, AgingUnit.MONTHS, List.of(
                new Period("Current", null, 0), new Period("1 month", 1, 1), new Period("2-3 months", 2, 3),
                new Period("Older", 4, null)));
        // month ends are where counting months goes wrong: every snapshot date of two years, every date around it
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            List<AgingBucket> buckets = definition.on(day);
            for (int offset = -70; offset <= 200; offset++) {
                LocalDate date = day.minusDays(offset);
                long months = ChronoUnit.MONTHS.between(date, day);
                assertEquals(expected(definition, months), holding(buckets, date),
                        date + " is " + months + " months before " + day);
            }
        }
    }

    @Test
    void r19_theStandardDefinitionAgesByDueDateInDays() {
        assertEquals(AgingBasis.DUE_DATE, AgingPeriods.STANDARD.basis());
        assertEquals(AgingUnit.DAYS, AgingPeriods.STANDARD.unit());
        assertTrue(AgingPeriods.STANDARD.on(DAY).get(4).holds(DAY.minusYears(5)), "over 90 has no end");
    }

    /** The labels of the periods holding a date: exactly one when the definition covers it. */
    private static List<String> holding(List<AgingBucket> buckets, LocalDate date) {
        return buckets.stream().filter(bucket -> bucket.holds(date)).map(AgingBucket::label).toList();
    }

    private static List<String> expected(AgingPeriods definition, long count) {
        return definition.periods().stream()
                .filter(period -> (period.from() == null || count >= period.from())
                        && (period.to() == null || count <= period.to()))
                .map(Period::label).toList();
    }
}
