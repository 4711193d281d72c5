package io.dunwise.pools.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Condition;
import io.dunwise.model.Conjunction;
import io.dunwise.model.Disjunction;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Negation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a pool's condition tree (R1) for one customer in memory. Text fields compare without regard to
 * case; {@code balance} compares the customer's total open amount as an exact decimal.
 */
final class ConditionEvaluator {

    private final Customer customer;
    private final List<Invoice> openInvoices;

    ConditionEvaluator(Customer customer, List<Invoice> openInvoices) {
        this.customer = customer;
        this.openInvoices = openInvoices;
    }

    boolean test(Condition condition) {
        return switch (condition) {
            case null -> true;
            case Conjunction and -> and.getOperands().stream().allMatch(this::test);
            case Disjunction or -> or.getOperands().stream().anyMatch(this::test);
            case Negation not -> !test(not.getOperand());
            case FieldCondition field -> compare(field);
            default -> throw new IllegalArgumentException("unknown condition " + condition.eClass().getName());
        };
    }

    private boolean compare(FieldCondition condition) {
        if ("balance".equals(condition.getField())) {
            BigDecimal balance = openInvoices.stream()
                    .map(invoice -> invoice.openAmount().value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return compareNumber(condition, balance);
        }
        String actual = textField(condition.getField());
        return switch (condition.getOperator()) {
            case EQUALS -> condition.getValues().stream().anyMatch(value -> value.equalsIgnoreCase(actual));
            case IN -> condition.getValues().stream().anyMatch(value -> value.equalsIgnoreCase(actual));
            case NOT_EQUALS -> condition.getValues().stream().noneMatch(value -> value.equalsIgnoreCase(actual));
            default -> actual != null && compareNumber(condition, new BigDecimal(actual));
        };
    }

    private static boolean compareNumber(FieldCondition condition, BigDecimal actual) {
        int order = actual.compareTo(new BigDecimal(condition.getValues().get(0)));
        return switch (condition.getOperator()) {
            case EQUALS, IN -> condition.getValues().stream().anyMatch(value -> actual.compareTo(new BigDecimal(value)) == 0);
            case NOT_EQUALS -> order != 0;
            case LESS -> order < 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            case GREATER_OR_EQUAL -> order >= 0;
        };
    }

    private String textField(String field) {
        if (field.startsWith("attribute.")) {
            return customer.attributes().get(field.substring("attribute.".length()));
        }
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "id" -> customer.id();
            case "group" -> customer.group();
            case "country" -> customer.country();
            case "currency" -> customer.currency();
            case "language" -> customer.language();
            case "salesgroup" -> customer.salesGroup();
            case "creditlimit" -> customer.creditLimit() == null ? null : customer.creditLimit().toPlainString();
            default -> throw new IllegalArgumentException("a pool cannot test the customer field '" + field + "'");
        };
    }
}
