package io.dunwise.pools.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.model.Condition;
import io.dunwise.model.Conjunction;
import io.dunwise.model.Disjunction;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Negation;
import io.dunwise.model.Operator;
import io.dunwise.model.Pool;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R1: a pool's condition, evaluated in memory for one customer on a run date. */
class CustomerPoolsTest {

    private static final DunwiseFactory MODEL = DunwiseFactory.eINSTANCE;
    private static final Customer SWEDISH_CORP = new Customer("C1", "Nordic AB", "CORP", "SE", "SEK", "sv",
            new BigDecimal("10000"), "SG1", false, Map.of("segment", "A"));
    private static final LocalDate DUE = LocalDate.parse("2026-10-01");
    private static final LocalDate RUN = DUE.plusDays(12);
    private static final List<Invoice> OPEN = List.of(
            invoice("I1", "700.50"), invoice("I2", "300.00"));

    private static Invoice invoice(String id, String open) {
        return new Invoice(id, "C1", DUE.minusDays(30), DUE, Amount.of("1000", "SEK"), Amount.of(open, "SEK"),
                InvoiceStatus.OPEN);
    }

    private static FieldCondition field(String field, Operator operator, String... values) {
        FieldCondition condition = MODEL.createFieldCondition();
        condition.setField(field);
        condition.setOperator(operator);
        condition.getValues().addAll(List.of(values));
        return condition;
    }

    private static boolean holds(Condition condition) {
        Pool pool = MODEL.createPool();
        pool.setCondition(condition);
        return new CustomerPools().holds(pool, SWEDISH_CORP, OPEN, RUN);
    }

    @Test
    void r1_aPoolWithoutConditionHoldsEveryCustomer() {
        assertTrue(holds(null));
    }

    @Test
    void r1_textFieldsCompareWithoutRegardToCase() {
        assertTrue(holds(field("group", Operator.EQUALS, "corp")));
        assertTrue(holds(field("country", Operator.IN, "NL", "SE")));
        assertFalse(holds(field("currency", Operator.IN, "EUR", "USD")));
        assertTrue(holds(field("language", Operator.NOT_EQUALS, "en")));
        assertTrue(holds(field("salesGroup", Operator.EQUALS, "SG1")));
        assertTrue(holds(field("attribute.segment", Operator.EQUALS, "A")));
        assertFalse(holds(field("attribute.missing", Operator.EQUALS, "A")));
    }

    @Test
    void r1_balanceIsTheExactTotalOpenAmount() {
        assertTrue(holds(field("balance", Operator.EQUALS, "1000.50")));
        assertTrue(holds(field("balance", Operator.GREATER, "1000.49")));
        assertFalse(holds(field("balance", Operator.GREATER, "1000.50")));
        assertTrue(holds(field("balance", Operator.LESS_OR_EQUAL, "1000.5")));
        assertTrue(holds(field("creditLimit", Operator.GREATER_OR_EQUAL, "10000")));
    }

    @Test
    void r1_overdueDaysAndCreditUseAreMeasuredOnTheRunDate() {
        assertTrue(holds(field("overdueDays", Operator.EQUALS, "12")));
        assertTrue(holds(field("overdueDays", Operator.GREATER, "11.5")));
        assertFalse(holds(field("overdueDays", Operator.GREATER, "12")));
        assertTrue(holds(field("creditUse", Operator.EQUALS, "10.005")));
        assertTrue(holds(field("creditUse", Operator.IN, "5", "10.005")));
        assertFalse(holds(field("creditUse", Operator.GREATER_OR_EQUAL, "10.01")));
    }

    @Test
    void r1_notEqualsIsTheNegationOfEquals() {
        assertTrue(holds(field("attribute.missing", Operator.NOT_EQUALS, "A")));
        assertFalse(holds(field("attribute.segment", Operator.NOT_EQUALS, "a")));
        assertFalse(holds(field("balance", Operator.NOT_EQUALS, "1000.50")));
        assertTrue(holds(field("overdueDays", Operator.NOT_EQUALS, "0")));
    }

    @Test
    void r1_andOrNotCombine() {
        Conjunction and = MODEL.createConjunction();
        and.getOperands().add(field("group", Operator.EQUALS, "CORP"));
        and.getOperands().add(field("country", Operator.EQUALS, "NL"));
        assertFalse(holds(and));

        Disjunction or = MODEL.createDisjunction();
        or.getOperands().add(and);
        or.getOperands().add(field("currency", Operator.EQUALS, "SEK"));
        assertTrue(holds(or));

        Negation not = MODEL.createNegation();
        not.setOperand(or);
        assertFalse(holds(not));
    }
}
