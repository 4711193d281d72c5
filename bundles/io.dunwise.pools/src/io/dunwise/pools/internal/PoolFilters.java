package io.dunwise.pools.internal;

import io.dunwise.ledger.api.CustomerFilter;
import io.dunwise.ledger.api.CustomerFilter.Comparison;
import io.dunwise.ledger.api.CustomerFilter.Measure;
import io.dunwise.ledger.api.CustomerFilter.TextField;
import io.dunwise.model.Condition;
import io.dunwise.model.Conjunction;
import io.dunwise.model.Disjunction;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Negation;
import io.dunwise.model.vocabulary.PoolField;
import java.math.BigDecimal;
import java.util.List;

/**
 * A pool's condition tree (R1) as the {@link CustomerFilter} that the store answers and the pools evaluate in
 * memory. {@code in} holds when one of its values is equal; {@code !=} is the negation of {@code =} on every field,
 * so a customer without a value (which equals nothing) is held by it.
 */
final class PoolFilters {

    private PoolFilters() {
    }

    /** The filter of a condition; no condition holds every customer. */
    static CustomerFilter of(Condition condition) {
        return switch (condition) {
            case null -> CustomerFilter.everyone();
            case Conjunction and -> new CustomerFilter.And(operands(and.getOperands()));
            case Disjunction or -> new CustomerFilter.Or(operands(or.getOperands()));
            case Negation not -> CustomerFilter.not(of(not.getOperand()));
            case FieldCondition field -> field(field);
            default -> throw new IllegalArgumentException("unknown condition " + condition.eClass().getName());
        };
    }

    private static List<CustomerFilter> operands(List<Condition> conditions) {
        return conditions.stream().map(PoolFilters::of).toList();
    }

    private static CustomerFilter field(FieldCondition condition) {
        String key = condition.getField();
        if (PoolField.isAttribute(key)) {
            return text(condition, new CustomerFilter.AttributeIn(
                    key.substring(PoolField.ATTRIBUTE_PREFIX.length()), condition.getValues()));
        }
        PoolField field = PoolField.byKey(key).orElseThrow(
                () -> new IllegalArgumentException("R1: a pool cannot test the customer field '" + key + "'"));
        return switch (field) {
            case ID -> text(condition, TextField.ID);
            case GROUP -> text(condition, TextField.GROUP);
            case COUNTRY -> text(condition, TextField.COUNTRY);
            case CURRENCY -> text(condition, TextField.CURRENCY);
            case LANGUAGE -> text(condition, TextField.LANGUAGE);
            case SALES_GROUP -> text(condition, TextField.SALES_GROUP);
            case CREDIT_LIMIT -> number(condition, Measure.CREDIT_LIMIT);
            case BALANCE -> number(condition, Measure.BALANCE);
            case OVERDUE_DAYS -> number(condition, Measure.OVERDUE_DAYS);
            case CREDIT_USE -> number(condition, Measure.CREDIT_USE);
        };
    }

    private static CustomerFilter text(FieldCondition condition, TextField field) {
        return text(condition, new CustomerFilter.TextIn(field, condition.getValues()));
    }

    private static CustomerFilter text(FieldCondition condition, CustomerFilter equalsOne) {
        return switch (condition.getOperator()) {
            case EQUALS, IN -> equalsOne;
            case NOT_EQUALS -> CustomerFilter.not(equalsOne);
            default -> throw new IllegalArgumentException(
                    "R1: " + condition.getField() + " is a text; compare it with =, != or in");
        };
    }

    private static CustomerFilter number(FieldCondition condition, Measure measure) {
        List<BigDecimal> values = condition.getValues().stream().map(value -> number(condition, value)).toList();
        Comparison comparison = switch (condition.getOperator()) {
            case EQUALS, IN -> Comparison.EQUAL;
            case NOT_EQUALS -> Comparison.NOT_EQUAL;
            case LESS -> Comparison.LESS;
            case LESS_OR_EQUAL -> Comparison.LESS_OR_EQUAL;
            case GREATER -> Comparison.GREATER;
            case GREATER_OR_EQUAL -> Comparison.GREATER_OR_EQUAL;
        };
        if (values.size() == 1) {
            return CustomerFilter.compare(measure, comparison, values.get(0));
        }
        if (values.isEmpty() || (comparison != Comparison.EQUAL && comparison != Comparison.NOT_EQUAL)) {
            throw new IllegalArgumentException("R1: " + condition.getField() + " " + condition.getOperator().getLiteral()
                    + " compares with one number, not " + values.size());
        }
        CustomerFilter equalsOne = new CustomerFilter.Or(values.stream()
                .map(value -> CustomerFilter.compare(measure, Comparison.EQUAL, value)).toList());
        return comparison == Comparison.EQUAL ? equalsOne : CustomerFilter.not(equalsOne);
    }

    private static BigDecimal number(FieldCondition condition, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "R1: " + condition.getField() + " is a number; '" + value + "' is not", e);
        }
    }
}
