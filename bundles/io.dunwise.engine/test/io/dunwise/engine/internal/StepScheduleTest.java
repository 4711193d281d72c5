package io.dunwise.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import io.dunwise.model.Timing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StepScheduleTest {

    private static final LocalDate DUE = LocalDate.parse("2026-10-01");

    private static Step step(String description, int days, Timing timing, boolean predunning) {
        Step step = DunwiseFactory.eINSTANCE.createStep();
        step.setDescription(description);
        step.setActionType("email");
        step.setDays(days);
        step.setTiming(timing);
        step.setPredunning(predunning);
        return step;
    }

    private static Strategy strategy() {
        Strategy strategy = DunwiseFactory.eINSTANCE.createStrategy();
        strategy.getSteps().add(step("Heads-up", 5, Timing.BEFORE_DUE, true));
        strategy.getSteps().add(step("Reminder", 3, Timing.AFTER_DUE, false));
        strategy.getSteps().add(step("Call", 10, Timing.AFTER_DUE, false));
        strategy.getSteps().add(step("Letter", 30, Timing.AFTER_DUE, false));
        return strategy;
    }

    private static String current(LocalDate asOf) {
        return new StepSchedule(strategy()).current(DUE, asOf).map(Step::getDescription).orElse("nothing");
    }

    @Test
    void r8_offsetsFollowTheTiming() {
        assertEquals(-5, step("a", 5, Timing.BEFORE_DUE, false).offset());
        assertEquals(0, step("b", 7, Timing.ON_DUE, false).offset());
        assertEquals(12, step("c", 12, Timing.AFTER_DUE, false).offset());
    }

    @Test
    void r9_aStepIsReachedOnDuePlusOffset() {
        assertEquals("nothing", current(DUE.plusDays(2)));
        assertEquals("Reminder", current(DUE.plusDays(3)));
        assertEquals("Reminder", current(DUE.plusDays(9)));
        assertEquals("Call", current(DUE.plusDays(10)));
    }

    @Test
    void r9_onlyTheReachedStepWithTheLargestOffsetIsCurrent() {
        assertEquals("Letter", current(DUE.plusDays(45)), "R9: missed steps are not caught up");
    }

    @Test
    void r10_preDunningIsNotARegularStep() {
        assertEquals("nothing", current(DUE.minusDays(1)));
        PreDunning preDunning = new PreDunning(strategy());
        assertTrue(preDunning.step().isPresent());
        assertEquals(-5, preDunning.step().get().offset());
    }
}
