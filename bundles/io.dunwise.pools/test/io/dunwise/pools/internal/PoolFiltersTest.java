package io.dunwise.pools.internal;

import static io.dunwise.ledger.api.CustomerFilter.attributeIn;
import static io.dunwise.ledger.api.CustomerFilter.compare;
import static io.dunwise.ledger.api.CustomerFilter.not;
import static io.dunwise.ledger.api.CustomerFilter.textIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dunwise.ledger.api.CustomerFilter;
import io.dunwise.ledger.api.CustomerFilter.Comparison;
import io.dunwise.ledger.api.CustomerFilter.Measure;
import io.dunwise.ledger.api.CustomerFilter.TextField;
import io.dunwise.model.Condition;
import io.dunwise.model.Conjunction;
import io.dunwise.model.Disjunction;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Negation;
import io.dunwise.model.Operator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R1: a pool's condition tree becomes the customer filter that the database and the memory both evaluate. */
class PoolFiltersTest {

    private static final DunwiseFactory MODEL = DunwiseFactory.eINSTANCE;

    static FieldCondition field(String field, Operator operator, String... values) {
        FieldCondition condition = MODEL.createFieldCondition();
        condition.setField(field);
        condition.setOperator(operator);
        condition.getValues().addAll(List.of(values));
        return condition;
    }

    @Test
    void r1_noConditionIsEveryone() {
        assertEquals(CustomerFilter.everyone(), PoolFilters.of(null));
    }

    @Test
    void r1_textFieldsAndAttributesAreEqualsOneOf() {
        assertEquals(textIn(TextField.GROUP, "CORP"), PoolFilters.of(field("group", Operator.EQUALS, "CORP")));
        assertEquals(textIn(TextField.SALES_GROUP, "SG1", "SG2"),
                PoolFilters.of(field("salesGroup", Operator.IN, "SG1", "SG2")));
        assertEquals(not(textIn(TextField.ID, "C1")), PoolFilters.of(field("id", Operator.NOT_EQUALS, "C1")));
        assertEquals(attributeIn("segment", "A"), PoolFilters.of(field("attribute.segment", Operator.EQUALS, "A")));
        assertEquals(not(attributeIn("Segment.Sub", "A")),
                PoolFilters.of(field("attribute.Segment.Sub", Operator.NOT_EQUALS, "A")));
    }

    @Test
    void r1_numberFieldsAreExactComparisons() {
        assertEquals(compare(Measure.OVERDUE_DAYS, Comparison.GREATER, new BigDecimal("30")),
                PoolFilters.of(field("overdueDays", Operator.GREATER, "30")));
        assertEquals(compare(Measure.CREDIT_USE, Comparison.LESS_OR_EQUAL, new BigDecimal("80.5")),
                PoolFilters.of(field("creditUse", Operator.LESS_OR_EQUAL, "80.5")));
        assertEquals(compare(Measure.CREDIT_LIMIT, Comparison.NOT_EQUAL, new BigDecimal("0")),
                PoolFilters.of(field("creditLimit", Operator.NOT_EQUALS, "0")));
        assertEquals(compare(Measure.BALANCE, Comparison.EQUAL, new BigDecimal("-1.5")),
                PoolFilters.of(field("BALANCE", Operator.EQUALS, "-1.5")));
    }

    @Test
    void r1_inOnANumberIsOneEqualsPerValue() {
        CustomerFilter equalsOne = CustomerFilter.or(compare(Measure.BALANCE, Comparison.EQUAL, BigDecimal.ONE),
                compare(Measure.BALANCE, Comparison.EQUAL, BigDecimal.TEN));
        assertEquals(equalsOne, PoolFilters.of(field("balance", Operator.IN, "1", "10")));
        assertEquals(not(equalsOne), PoolFilters.of(field("balance", Operator.NOT_EQUALS, "1", "10")));
    }

    @Test
    void r1_andOrNotKeepTheirShape() {
        Conjunction and = MODEL.createConjunction();
        and.getOperands().add(field("country", Operator.EQUALS, "SE"));
        and.getOperands().add(field("balance", Operator.GREATER, "0"));
        Negation negation = MODEL.createNegation();
        negation.setOperand(and);
        Disjunction or = MODEL.createDisjunction();
        or.getOperands().add(negation);
        or.getOperands().add(field("currency", Operator.IN, "EUR", "SEK"));

        assertEquals(CustomerFilter.or(
                not(CustomerFilter.and(textIn(TextField.COUNTRY, "SE"),
                        compare(Measure.BALANCE, Comparison.GREATER, BigDecimal.ZERO))),
                textIn(TextField.CURRENCY, "EUR", "SEK")), PoolFilters.of(or));
    }

    @Test
    void r1_whatValidationRefusesCannotBecomeAFilter() {
        assertRefused(field("segment", Operator.EQUALS, "A"), "R1: a pool cannot test the customer field 'segment'");
        assertRefused(field("group", Operator.GREATER, "A"), "R1: group is a text; compare it with =, != or in");
        assertRefused(field("attribute.tier", Operator.LESS, "2"),
                "R1: attribute.tier is a text; compare it with =, != or in");
        assertRefused(field("balance", Operator.GREATER, "lots"), "R1: balance is a number; 'lots' is not");
        assertRefused(field("balance", Operator.GREATER, "1", "2"), "R1: balance > compares with one number, not 2");
    }

    private static void assertRefused(Condition condition, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> PoolFilters.of(condition))
                .getMessage());
    }
}
