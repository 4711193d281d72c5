package io.dunwise.ledger.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Which customers a pool holds (R1), as a value that the store answers in one query
 * ({@link Customers#matching(CustomerFilter, java.time.LocalDate)}) and that can be evaluated for one customer in
 * memory, with the same answer. A filter is evaluated for one customer on a date {@code asOf}; every filter is
 * either true or false for a customer, never unknown.
 *
 * <p><b>Missing values.</b> A customer without a value for a text field or a free attribute equals no value: an
 * {@link EqualsOneOf} is false for it, and its {@link Not negation} is true. A missing number
 * (see {@link Measure}) satisfies no comparison but {@link Comparison#NOT_EQUAL}, which is the negation of
 * {@link Comparison#EQUAL} and so holds for it. {@link Not} is plain negation throughout: {@code not x = v} and
 * {@code x != v} are the same filter whatever {@code x} is.
 *
 * <p><b>Case.</b> Texts compare without regard to case as {@link #foldCase(String)} defines it: the letters
 * {@code A}–{@code Z} fold to {@code a}–{@code z}, every other character compares as written. Folding ASCII only
 * keeps the answer the same in memory and on every database (PostgreSQL's {@code lower()} folds only ASCII in a
 * cluster with the C locale, H2's folds all of Unicode); most texts a pool tests are ASCII codes (group, country,
 * currency, language), and others in another script compare as written.
 */
public sealed interface CustomerFilter {

    /** Every customer: the filter of a pool without condition (R1). */
    record Everyone() implements CustomerFilter {
    }

    /** Holds when every operand holds. */
    record And(List<CustomerFilter> operands) implements CustomerFilter {
        public And {
            operands = nonEmptyOperands(operands);
        }
    }

    /** Holds when at least one operand holds. */
    record Or(List<CustomerFilter> operands) implements CustomerFilter {
        public Or {
            operands = nonEmptyOperands(operands);
        }
    }

    /** Holds when its operand does not hold. */
    record Not(CustomerFilter operand) implements CustomerFilter {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * Holds when the customer's text equals one of the values without regard to case ({@link #foldCase(String)}).
     * A customer without that text equals nothing.
     */
    sealed interface EqualsOneOf extends CustomerFilter permits TextIn, AttributeIn {

        List<String> values();

        /** Whether a customer whose text has this value (or {@code null}: none) is held. */
        default boolean matches(String actual) {
            if (actual == null) {
                return false;
            }
            String folded = foldCase(actual);
            return values().stream().anyMatch(value -> foldCase(value).equals(folded));
        }
    }

    /** {@link EqualsOneOf} on a text field of the customer. */
    record TextIn(TextField field, List<String> values) implements EqualsOneOf {
        public TextIn {
            Objects.requireNonNull(field, "field");
            values = nonEmptyValues(values);
        }
    }

    /** {@link EqualsOneOf} on the free attribute {@code key}; the key compares exactly. */
    record AttributeIn(String key, List<String> values) implements EqualsOneOf {
        public AttributeIn {
            Objects.requireNonNull(key, "key");
            values = nonEmptyValues(values);
        }
    }

    /**
     * Holds when the customer's measure on {@code asOf} compares to the value as the comparison says, exactly (no
     * rounding anywhere). A customer without a value for the measure satisfies only {@link Comparison#NOT_EQUAL}.
     */
    record Compare(Measure measure, Comparison comparison, BigDecimal value) implements CustomerFilter {
        public Compare {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The text fields of a {@link Customer} that a filter can test. */
    enum TextField {
        ID, GROUP, COUNTRY, CURRENCY, LANGUAGE, SALES_GROUP;

        /** The customer's value of this field, {@code null} when it has none. */
        public String of(Customer customer) {
            return switch (this) {
                case ID -> customer.id();
                case GROUP -> customer.group();
                case COUNTRY -> customer.country();
                case CURRENCY -> customer.currency();
                case LANGUAGE -> customer.language();
                case SALES_GROUP -> customer.salesGroup();
            };
        }
    }

    /**
     * The numbers of a customer on a date {@code asOf}. The customer's <em>open invoices</em> here are its
     * transactions with a positive open amount, whatever their status (disputed and promised invoices count).
     */
    enum Measure {
        /**
         * The sum of the open amounts of the open invoices in the customer's own currency; 0 when there are none.
         * Always has a value. Invoices in another currency are not counted (amounts in different currencies are
         * never added or converted, issue 18 §2); a customer without a currency has 0.
         */
        BALANCE,
        /** The credit limit; no value when the customer has none. */
        CREDIT_LIMIT,
        /**
         * {@code asOf} minus the earliest due date among the open invoices, in days: negative while that invoice is
         * not yet due. No value when there is no open invoice.
         */
        OVERDUE_DAYS,
        /**
         * The balance as a percentage of the credit limit, {@code balance × 100 / creditLimit}, compared as the exact
         * fraction. No value when the credit limit is missing or 0.
         */
        CREDIT_USE
    }

    /** How a measure compares to a value. */
    enum Comparison {
        EQUAL,
        /**
         * The negation of {@link #EQUAL}: holds when the measure differs from the value <em>or has no value</em>, as
         * {@code !=} on a text field holds for a customer without that field.
         */
        NOT_EQUAL,
        LESS,
        LESS_OR_EQUAL,
        GREATER,
        GREATER_OR_EQUAL;

        /** Whether a measure that has a value, ordered against the value as {@code compareTo} says, is held. */
        public boolean holds(int order) {
            return switch (this) {
                case EQUAL -> order == 0;
                case NOT_EQUAL -> order != 0;
                case LESS -> order < 0;
                case LESS_OR_EQUAL -> order <= 0;
                case GREATER -> order > 0;
                case GREATER_OR_EQUAL -> order >= 0;
            };
        }

        /** Whether a measure without a value is held: only by {@link #NOT_EQUAL}. */
        public boolean holdsWithoutValue() {
            return this == NOT_EQUAL;
        }
    }

    static CustomerFilter everyone() {
        return new Everyone();
    }

    static CustomerFilter and(CustomerFilter... operands) {
        return new And(List.of(operands));
    }

    static CustomerFilter or(CustomerFilter... operands) {
        return new Or(List.of(operands));
    }

    static CustomerFilter not(CustomerFilter operand) {
        return new Not(operand);
    }

    static CustomerFilter textIn(TextField field, String... values) {
        return new TextIn(field, List.of(values));
    }

    static CustomerFilter attributeIn(String key, String... values) {
        return new AttributeIn(key, List.of(values));
    }

    static CustomerFilter compare(Measure measure, Comparison comparison, BigDecimal value) {
        return new Compare(measure, comparison, value);
    }

    /** A text with the letters {@code A}–{@code Z} made small; every other character stays as it is. */
    static String foldCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static List<CustomerFilter> nonEmptyOperands(List<CustomerFilter> operands) {
        if (operands.isEmpty()) {
            throw new IllegalArgumentException("and/or need at least one operand");
        }
        return List.copyOf(operands);
    }

    private static List<String> nonEmptyValues(List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a text comparison needs at least one value");
        }
        return List.copyOf(values);
    }
}
