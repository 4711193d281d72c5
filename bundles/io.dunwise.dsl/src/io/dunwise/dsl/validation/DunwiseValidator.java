package io.dunwise.dsl.validation;

import io.dunwise.model.DunwisePackage;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.xtext.validation.Check;

/**
 * The rules of the strategy language that the grammar cannot state. One {@code @Check} per rule; every issue
 * carries a code from {@link IssueCodes} and cites the spec rule it enforces.
 */
public class DunwiseValidator extends AbstractDunwiseValidator {

    /** R4: a pool is used by at most one strategy. */
    @Check
    public void poolUsedOnce(StrategyFile file) {
        Map<Object, Strategy> firstUser = new HashMap<>();
        for (Strategy strategy : strategies(file)) {
            if (strategy.getPool() == null || strategy.getPool().eIsProxy()) {
                continue;
            }
            Strategy first = firstUser.putIfAbsent(strategy.getPool(), strategy);
            if (first != null) {
                error("R4: pool " + strategy.getPool().getName() + " is already used by strategy " + first.getName(),
                        strategy, DunwisePackage.Literals.STRATEGY__POOL, IssueCodes.POOL_USED_TWICE);
            }
        }
    }

    /** R4: two strategies may not share a rank. */
    @Check
    public void rankUsedOnce(StrategyFile file) {
        Map<Integer, Strategy> firstWithRank = new HashMap<>();
        for (Strategy strategy : strategies(file)) {
            Strategy first = firstWithRank.putIfAbsent(strategy.getRank(), strategy);
            if (first != null) {
                error("R4: rank " + strategy.getRank() + " is already taken by strategy " + first.getName(), strategy,
                        DunwisePackage.Literals.STRATEGY__RANK, IssueCodes.RANK_USED_TWICE);
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

    private static List<Strategy> strategies(StrategyFile file) {
        return file.getElements().stream()
                .filter(Strategy.class::isInstance)
                .map(Strategy.class::cast)
                .toList();
    }

}
