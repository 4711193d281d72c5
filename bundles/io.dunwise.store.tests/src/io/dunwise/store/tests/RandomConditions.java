package io.dunwise.store.tests;

import io.dunwise.model.Condition;
import io.dunwise.model.Conjunction;
import io.dunwise.model.Disjunction;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Negation;
import io.dunwise.model.Operator;
import io.dunwise.model.vocabulary.PoolField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Pool conditions (R1) drawn at random as the language would write them: every field and free attribute, every
 * operator a field allows ({@code in} with two or three values, the others with one), values from the vocabulary of
 * a {@link RandomLedger} in any case, and {@code and}/{@code or}/{@code not} nested up to a depth.
 */
final class RandomConditions {

    private static final DunwiseFactory MODEL = DunwiseFactory.eINSTANCE;
    private static final List<String> FIELDS = fields();
    private static final List<String> AMOUNTS = List.of("0", "0.00", "100", "1000.25", "2500", "-5", "0.01");
    private static final List<String> DAYS = List.of("0", "-1", "1", "30", "30.5", "-0.5", "60", "90", "-30",
            "1000000000000", "-1000000000000");
    private static final List<String> PERCENTS = List.of("0", "12.5", "50", "100", "33.3333", "150", "-50",
            "1000000");

    private final Random random;
    private final RandomLedger ledger;

    RandomConditions(Random random, RandomLedger ledger) {
        this.random = random;
        this.ledger = ledger;
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (PoolField field : PoolField.values()) {
            fields.add(field.key());
        }
        for (String key : RandomLedger.ATTRIBUTE_KEYS) {
            fields.add(PoolField.ATTRIBUTE_PREFIX + key);
        }
        fields.add(PoolField.ATTRIBUTE_PREFIX + "nowhere");
        return List.copyOf(fields);
    }

    /** A condition with at most {@code depth} levels of {@code and}/{@code or}/{@code not} above its fields. */
    Condition next(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return field();
        }
        return switch (random.nextInt(3)) {
            case 0 -> {
                Conjunction and = MODEL.createConjunction();
                operands(and.getOperands(), depth - 1);
                yield and;
            }
            case 1 -> {
                Disjunction or = MODEL.createDisjunction();
                operands(or.getOperands(), depth - 1);
                yield or;
            }
            default -> {
                Negation not = MODEL.createNegation();
                not.setOperand(next(depth - 1));
                yield not;
            }
        };
    }

    private void operands(List<Condition> operands, int depth) {
        for (int n = 2 + random.nextInt(2); n > 0; n--) {
            operands.add(next(depth));
        }
    }

    private FieldCondition field() {
        FieldCondition condition = MODEL.createFieldCondition();
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        boolean number = PoolField.byKey(field).map(PoolField::isNumber).orElse(false);
        List<Operator> operators = number ? List.of(Operator.values())
                : List.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN);
        Operator operator = operators.get(random.nextInt(operators.size()));
        condition.setField(field);
        condition.setOperator(operator);
        for (int n = operator == Operator.IN ? 2 + random.nextInt(2) : 1; n > 0; n--) {
            condition.getValues().add(number ? number(field) : text(field));
        }
        return condition;
    }

    private String text(String field) {
        String value = switch (field) {
            case "id" -> ledger.pick(ledger.customers).id();
            case "group", "country", "currency", "language", "salesGroup" -> ledger.pick(RandomLedger.TEXTS.get(field));
            default -> ledger.pick(RandomLedger.ATTRIBUTE_VALUES);
        };
        return switch (random.nextInt(4)) {
            case 0 -> value.toUpperCase(Locale.ROOT);
            case 1 -> value.toLowerCase(Locale.ROOT);
            case 2 -> "none";
            default -> value;
        };
    }

    private String number(String field) {
        return switch (field) {
            case "balance" -> random.nextBoolean() ? ledger.pick(AMOUNTS)
                    : ledger.pick(ledger.balances).add(new BigDecimal(ledger.pick(List.of("0", "0", "0.01", "-0.01"))))
                            .toPlainString();
            case "creditLimit" -> ledger.pick(RandomLedger.CREDIT_LIMITS);
            case "overdueDays" -> switch (random.nextInt(3)) {
                case 0 -> ledger.pick(DAYS);
                case 1 -> Integer.toString(random.nextInt(201) - 70);
                default -> Long.toString(ledger.pick(ledger.overdueDays) + random.nextInt(3) - 1);
            };
            default -> random.nextBoolean() || ledger.creditUses.isEmpty() ? ledger.pick(PERCENTS)
                    : ledger.pick(ledger.creditUses).toPlainString();
        };
    }

    /** The condition as it would be written in a strategy file, to repeat a failure by hand. */
    static String written(Condition condition) {
        return switch (condition) {
            case Conjunction and -> and.getOperands().stream().map(RandomConditions::written)
                    .collect(Collectors.joining(" and ", "(", ")"));
            case Disjunction or -> or.getOperands().stream().map(RandomConditions::written)
                    .collect(Collectors.joining(" or ", "(", ")"));
            case Negation not -> "not " + written(not.getOperand());
            case FieldCondition field -> field.getField() + " " + field.getOperator().getLiteral() + " "
                    + (field.getOperator() == Operator.IN
                            ? field.getValues().stream().map(RandomConditions::quoted)
                                    .collect(Collectors.joining(", ", "(", ")"))
                            : quoted(field.getValues().get(0)));
            default -> throw new IllegalArgumentException(condition.eClass().getName());
        };
    }

    private static String quoted(String value) {
        return value.matches("-?\\d+(\\.\\d+)?") ? value : '"' + value + '"';
    }
}
