package io.dunwise.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The rules of the strategy language that the grammar cannot state, one {@code @Check} per rule, grouped by
 * what they are about. Every issue carries a code from {@link IssueCodes} and cites the spec rule it enforces.
 */
@ComposedChecks(validators = { StrategyRules.class, StepRules.class, TemplateRules.class, SetRules.class,
        PoolRules.class, TestRules.class, StoreLimitRules.class })
public class DunwiseValidator extends AbstractDunwiseValidator {
}
