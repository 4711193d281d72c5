package io.dunwise.dsl.validation;

import io.dunwise.model.AgingDefinition;
import io.dunwise.model.AgingPeriod;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Operator;
import io.dunwise.model.vocabulary.PoolField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.xtext.validation.Check;

/** The rules of pools (R1) and aging definitions (R19). */
class PoolRules extends DunwiseRules {

    private static final String NUMBER = "-?\\d+(\\.\\d+)?";

    /**
     * R1: a condition tests a known customer field or a free attribute, compares numbers as numbers and texts (free
     * attributes are texts) as texts.
     */
    @Check
    public void knownField(FieldCondition condition) {
        String key = condition.getField();
        if (key == null) {
            return;
        }
        boolean attribute = PoolField.isAttribute(key);
        Optional<PoolField> field = attribute ? Optional.empty() : PoolField.byKey(key);
        if (!attribute && field.isEmpty()) {
            error("R1: a pool cannot test '" + key + "'; fields: "
                    + Arrays.stream(PoolField.values()).map(PoolField::key).collect(Collectors.joining(", "))
                    + ", or attribute.<name>", condition, DunwisePackage.Literals.FIELD_CONDITION__FIELD,
                    IssueCodes.UNKNOWN_FIELD);
            return;
        }
        boolean ordered = switch (condition.getOperator()) {
            case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> true;
            default -> false;
        };
        boolean number = field.map(PoolField::isNumber).orElse(false);
        if (ordered && !number) {
            error("R1: " + key + " is a text; compare it with =, != or in", condition,
                    DunwisePackage.Literals.FIELD_CONDITION__OPERATOR, IssueCodes.FIELD_COMPARISON);
        } else if (number && condition.getValues().stream().anyMatch(v -> !v.matches(NUMBER))) {
            error("R1: " + key + " is a number; compare it with a number, e.g. " + key + " > 1000", condition,
                    DunwisePackage.Literals.FIELD_CONDITION__VALUES, IssueCodes.FIELD_COMPARISON);
        } else if (condition.getOperator() == Operator.IN && condition.getValues().size() < 2) {
            warning("R1: 'in' with one value is '='", condition, DunwisePackage.Literals.FIELD_CONDITION__OPERATOR,
                    IssueCodes.FIELD_COMPARISON);
        }
    }

    /**
     * R19: the periods follow each other without gap or overlap; only the first may be open below and only the
     * last open above.
     */
    /** The columns of a snapshot's row (ledger API {@code AgingRequest.MOST_PERIODS}). */
    private static final int MOST_PERIODS = 12;

    @Check
    public void contiguousPeriods(AgingDefinition aging) {
        List<AgingPeriod> periods = aging.getPeriods();
        if (periods.isEmpty()) {
            error("R19: an aging definition needs at least one period", aging,
                    DunwisePackage.Literals.DEFINITION__NAME, IssueCodes.AGING_PERIODS);
            return;
        }
        if (periods.size() > MOST_PERIODS) {
            error("R19: an aging definition has at most " + MOST_PERIODS + " periods, not " + periods.size()
                    + " (an aging snapshot keeps a column per period)", aging, DunwisePackage.Literals.DEFINITION__NAME,
                    IssueCodes.AGING_PERIODS);
        }
        for (int i = 0; i < periods.size(); i++) {
            AgingPeriod period = periods.get(i);
            if (period.getFrom() == null && i > 0) {
                error("R19: only the first period may be open below ('to N')", period,
                        DunwisePackage.Literals.AGING_PERIOD__LABEL, IssueCodes.AGING_PERIODS);
            } else if (period.getTo() == null && i < periods.size() - 1) {
                error("R19: only the last period may be open above ('from N')", period,
                        DunwisePackage.Literals.AGING_PERIOD__LABEL, IssueCodes.AGING_PERIODS);
            } else if (period.getFrom() != null && period.getTo() != null && period.getFrom() > period.getTo()) {
                error("R19: period \"" + period.getLabel() + "\" ends before it starts", period,
                        DunwisePackage.Literals.AGING_PERIOD__LABEL, IssueCodes.AGING_PERIODS);
            } else if (i > 0 && period.getFrom() != null && periods.get(i - 1).getTo() != null
                    && period.getFrom() != periods.get(i - 1).getTo() + 1) {
                int expected = periods.get(i - 1).getTo() + 1;
                error("R19: period \"" + period.getLabel() + "\" should start at " + expected + " to follow \""
                        + periods.get(i - 1).getLabel() + "\"" + (period.getFrom() > expected ? " (gap)" : " (overlap)"),
                        period, DunwisePackage.Literals.AGING_PERIOD__LABEL, IssueCodes.AGING_PERIODS);
            }
        }
    }
}
