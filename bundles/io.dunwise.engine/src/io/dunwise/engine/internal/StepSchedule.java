package io.dunwise.engine.internal;

import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The regular steps of a strategy against one leading invoice (R9): a step is reached on D when
 * D ≥ due + offset; the current step is the reached one with the largest offset. Pre-dunning steps (R10) are not
 * regular steps.
 */
public final class StepSchedule {

    private final List<Step> regularSteps;

    public StepSchedule(Strategy strategy) {
        this.regularSteps = strategy.getSteps().stream().filter(step -> !step.isPredunning()).toList();
    }

    public static LocalDate reachDate(Step step, LocalDate due) {
        return due.plusDays(step.offset());
    }

    public Optional<Step> current(LocalDate due, LocalDate asOf) {
        return regularSteps.stream()
                .filter(step -> !asOf.isBefore(reachDate(step, due)))
                .max(Comparator.comparingInt(Step::offset));
    }
}
