package io.dunwise.dsl.validation;

import com.google.inject.Inject;
import io.dunwise.dsl.naming.DunwiseIndexing;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.Check;

/** The rules of a strategy and its schedule: R3, R4 (across the whole strategy set), R9, R10. */
class StrategyRules extends DunwiseRules {

    @Inject
    private StrategySetIndex index;

    /** R4: a pool is used by at most one strategy of the set. */
    @Check
    public void poolUsedOnce(Strategy strategy) {
        String pool = DunwiseIndexing.poolName(strategy);
        if (!pool.isEmpty()) {
            usedOnce(strategy, DunwiseIndexing.POOL, pool, DunwisePackage.Literals.STRATEGY__POOL,
                    IssueCodes.POOL_USED_TWICE, "R4: pool " + pool + " is also used by strategy %s (%s); a pool"
                            + " belongs to one strategy");
        }
    }

    /** R4: two strategies of the set may not share a rank. */
    @Check
    public void rankUsedOnce(Strategy strategy) {
        String rank = Integer.toString(strategy.getRank());
        usedOnce(strategy, DunwiseIndexing.RANK, rank, DunwisePackage.Literals.STRATEGY__RANK,
                IssueCodes.RANK_USED_TWICE, "R4: rank " + rank + " is also taken by strategy %s (%s); every strategy"
                        + " needs its own rank");
    }

    /** Reports the first other strategy of the set whose indexed {@code key} has the same value. */
    private void usedOnce(Strategy strategy, String key, String value, EStructuralFeature feature, String code,
            String message) {
        for (IEObjectDescription other : index.others(strategy, DunwisePackage.Literals.STRATEGY)) {
            if (value.equals(other.getUserData(key))) {
                error(String.format(message, other.getName(), StrategySetIndex.fileOf(other)), strategy, feature,
                        code);
                return;
            }
        }
    }

    /** R3: a strategy without steps gives its customers no action at all. */
    @Check
    public void hasSteps(Strategy strategy) {
        if (strategy.getSteps().isEmpty()) {
            warning("R3: strategy " + strategy.getName() + " has no steps; its customers get no action", strategy,
                    DunwisePackage.Literals.DEFINITION__NAME, IssueCodes.EMPTY_STRATEGY);
        }
    }

    /** R9: two regular steps at the same offset cannot both be the current step. */
    @Check
    public void oneStepPerOffset(Strategy strategy) {
        Map<Integer, Step> byOffset = new HashMap<>();
        for (Step step : strategy.getSteps()) {
            if (step.isPredunning() || step.getTiming() == null) {
                continue;
            }
            Step first = byOffset.putIfAbsent(step.offset(), step);
            if (first != null) {
                error("R9: steps '" + first.getDescription() + "' and '" + step.getDescription()
                        + "' are both " + timing(step) + "; only one of them could ever be performed", step,
                        DunwisePackage.Literals.STEP__TIMING, IssueCodes.STEP_TIMING_COLLISION);
            }
        }
    }

    /** R10: at most one step of a strategy is a pre-dunning step. */
    @Check
    public void onePredunningStep(Strategy strategy) {
        boolean seen = false;
        for (Step step : strategy.getSteps()) {
            if (step.isPredunning()) {
                if (seen) {
                    error("R10: a strategy has at most one pre-dunning step", step,
                            DunwisePackage.Literals.STEP__PREDUNNING, IssueCodes.SECOND_PREDUNNING_STEP);
                }
                seen = true;
            }
        }
    }

    /** R10: a pre-dunning step acts before the due date or on it, never after. */
    @Check
    public void predunningNotAfterDue(Step step) {
        if (step.isPredunning() && step.offset() > 0) {
            error("R10: a pre-dunning step must be due on or before the due date", step,
                    DunwisePackage.Literals.STEP__TIMING, IssueCodes.PREDUNNING_AFTER_DUE);
        }
    }

    static String timing(Step step) {
        int offset = step.offset();
        if (offset == 0) {
            return "on due";
        }
        return Math.abs(offset) + (Math.abs(offset) == 1 ? " day " : " days ") + (offset < 0 ? "before" : "after")
                + " due";
    }
}
