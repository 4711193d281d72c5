package io.dunwise.engine.internal;

import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a strategy against due dates. Regular steps (R9): a step is reached on D when D ≥ due + offset; the
 * current step is the reached one with the largest offset. The pre-dunning step (R10) acts per invoice, in the
 * window due + offset ≤ D ≤ due.
 */
final class StepSchedule {

    private final List<Step> regularSteps;
    private final Optional<Step> preDunning;

    StepSchedule(Strategy strategy) {
        this.regularSteps = strategy.getSteps().stream().filter(step -> !step.isPredunning())
                .sorted(Comparator.comparingInt(Step::offset)).toList();
        this.preDunning = strategy.getSteps().stream().filter(Step::isPredunning).findFirst();
    }

    static LocalDate reachDate(Step step, LocalDate due) {
        return due.plusDays(step.offset());
    }

    /** The regular steps by offset. */
    List<Step> regularSteps() {
        return regularSteps;
    }

    Optional<Step> preDunning() {
        return preDunning;
    }

    Optional<Step> current(LocalDate due, LocalDate asOf) {
        return regularSteps.stream()
                .filter(step -> !asOf.isBefore(reachDate(step, due)))
                .reduce((earlier, later) -> later);
    }

    /** Whether {@code asOf} is in the pre-dunning window of an invoice due on {@code due} (R10). */
    boolean inNoticeWindow(LocalDate due, LocalDate asOf) {
        return preDunning.isPresent() && !asOf.isBefore(reachDate(preDunning.get(), due)) && !asOf.isAfter(due);
    }
}
