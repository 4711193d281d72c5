package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.CustomerFilter;
import io.dunwise.ledger.api.CustomerFilter.Comparison;
import io.dunwise.ledger.api.CustomerFilter.Measure;
import io.dunwise.ledger.api.CustomerFilter.TextField;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link CustomerFilter} as one Criteria query for the ids of the customers it holds (R1), with every value a
 * parameter. The balance and the earliest due date are correlated subqueries over the customer's open invoices.
 *
 * <p>SQL has a third truth value where {@code CustomerFilter} has none: a comparison with a missing value is unknown,
 * and {@code not} of unknown is unknown, where the filter's negation of "equals nothing" holds. So every
 * predicate built here is true or false, never unknown: comparisons of a column that may be missing are guarded by
 * {@code is not null} (false and unknown is false), and {@code !=} is built as {@code not =}.
 */
final class CustomerFilterQuery {

    /** Case folds as {@link CustomerFilter#foldCase(String)} does: A–Z only, alike on every database. */
    private static final String CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String SMALL_LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /**
     * Due dates lie within these years. A comparison with a date outside them is decided here, which keeps far-off
     * thresholds ({@code overdueDays > 1e9}) out of the database, whose dates (and the JDBC conversions on the way,
     * Julian before 1582) do not reach that far.
     */
    private static final long FIRST_DUE_DATE = LocalDate.of(1600, 1, 1).toEpochDay();
    private static final long LAST_DUE_DATE = LocalDate.of(9999, 12, 31).toEpochDay();

    private final CriteriaBuilder cb;
    private final CriteriaQuery<String> query;
    private final Root<StoredCustomer> customer;
    private final LocalDate asOf;
    private final Map<String, Object> arguments = new LinkedHashMap<>();

    private CustomerFilterQuery(CriteriaBuilder cb, LocalDate asOf) {
        this.cb = cb;
        this.query = cb.createQuery(String.class);
        this.customer = query.from(StoredCustomer.class);
        this.asOf = asOf;
    }

    /** The ids of the customers the filter holds on {@code asOf}. */
    static Set<String> ids(EntityManager em, CustomerFilter filter, LocalDate asOf) {
        CustomerFilterQuery built = new CustomerFilterQuery(em.getCriteriaBuilder(), asOf);
        Predicate holds = built.predicate(filter);
        TypedQuery<String> query = em.createQuery(built.query.select(built.customer.get("id")).where(holds));
        built.arguments.forEach(query::setParameter);
        return Set.copyOf(query.getResultList());
    }

    private Predicate predicate(CustomerFilter filter) {
        return switch (filter) {
            case CustomerFilter.Everyone everyone -> cb.conjunction();
            case CustomerFilter.And and -> cb.and(predicates(and.operands()));
            case CustomerFilter.Or or -> cb.or(predicates(or.operands()));
            case CustomerFilter.Not not -> cb.not(predicate(not.operand()));
            case CustomerFilter.TextIn text -> equalsOne(customer.get(attributeName(text.field())), text.values());
            case CustomerFilter.AttributeIn attribute -> attribute(attribute.key(), attribute.values());
            case CustomerFilter.Compare compare -> compare.comparison() == Comparison.NOT_EQUAL
                    ? cb.not(measure(compare.measure(), Comparison.EQUAL, compare.value()))
                    : measure(compare.measure(), compare.comparison(), compare.value());
        };
    }

    private Predicate[] predicates(List<CustomerFilter> filters) {
        return filters.stream().map(this::predicate).toArray(Predicate[]::new);
    }

    private static String attributeName(TextField field) {
        return switch (field) {
            case ID -> "id";
            case GROUP -> "group";
            case COUNTRY -> "country";
            case CURRENCY -> "currency";
            case LANGUAGE -> "language";
            case SALES_GROUP -> "salesGroup";
        };
    }

    /** A text that is there and equals one of the values, case folded on both sides. */
    private Predicate equalsOne(Expression<String> text, List<String> values) {
        CriteriaBuilder.In<String> in = cb.in(cb.function("translate", String.class, text,
                cb.literal(CAPITALS), cb.literal(SMALL_LETTERS)));
        values.forEach(value -> in.value(parameter(String.class, CustomerFilter.foldCase(value))));
        return cb.and(cb.isNotNull(text), in);
    }

    private Predicate attribute(String key, List<String> values) {
        Subquery<String> held = query.subquery(String.class);
        MapJoin<StoredCustomer, String, String> attribute = held.correlate(customer).joinMap("attributes");
        held.select(attribute.key())
                .where(cb.equal(attribute.key(), parameter(String.class, key)), equalsOne(attribute.value(), values));
        return cb.exists(held);
    }

    /** A measure that has a value and compares so; {@code !=} is never asked here (it is {@code not =}). */
    private Predicate measure(Measure measure, Comparison comparison, BigDecimal value) {
        return switch (measure) {
            case BALANCE -> order(balance(), comparison, parameter(BigDecimal.class, value));
            case CREDIT_LIMIT -> cb.and(cb.isNotNull(creditLimit()),
                    order(creditLimit(), comparison, parameter(BigDecimal.class, value)));
            case OVERDUE_DAYS -> overdueDays(comparison, value);
            case CREDIT_USE -> creditUse(comparison, value);
        };
    }

    /**
     * balance × 100 / limit compared with v is balance compared with (v / 100) × limit, the order turned round for a
     * negative limit: exact decimals on both databases, no division.
     */
    private Predicate creditUse(Comparison comparison, BigDecimal percent) {
        BigDecimal share = percent.movePointLeft(2);
        return cb.and(cb.isNotNull(creditLimit()), cb.or(
                cb.and(cb.gt(creditLimit(), 0), order(balance(), comparison, shareOfCreditLimit(share))),
                cb.and(cb.lt(creditLimit(), 0), order(balance(), reversed(comparison), shareOfCreditLimit(share)))));
    }

    private Expression<BigDecimal> shareOfCreditLimit(BigDecimal share) {
        return cb.prod(parameter(BigDecimal.class, share), creditLimit());
    }

    /**
     * Overdue days d = asOf − earliest due date are whole days, so {@code d op n} is {@code d ≤ k}, {@code d ≥ k} or
     * {@code d = k} for a whole k, and {@code d ≤ k} is {@code earliest due ≥ asOf − k}: dates compared with dates,
     * which every database does alike, where date arithmetic differs between them.
     */
    private Predicate overdueDays(Comparison comparison, BigDecimal days) {
        BigDecimal floor = days.setScale(0, RoundingMode.FLOOR);
        BigDecimal ceiling = days.setScale(0, RoundingMode.CEILING);
        return switch (comparison) {
            case EQUAL -> floor.compareTo(ceiling) == 0 ? earliestDue(Comparison.EQUAL, floor) : cb.disjunction();
            case LESS -> earliestDue(Comparison.GREATER_OR_EQUAL, ceiling.subtract(BigDecimal.ONE));
            case LESS_OR_EQUAL -> earliestDue(Comparison.GREATER_OR_EQUAL, floor);
            case GREATER -> earliestDue(Comparison.LESS_OR_EQUAL, floor.add(BigDecimal.ONE));
            case GREATER_OR_EQUAL -> earliestDue(Comparison.LESS_OR_EQUAL, ceiling);
            case NOT_EQUAL -> throw new IllegalArgumentException("!= is built as not =");
        };
    }

    /** The customer has an open invoice, and the earliest due date of those compares so with asOf − days. */
    private Predicate earliestDue(Comparison comparison, BigDecimal days) {
        BigDecimal epochDay = BigDecimal.valueOf(asOf.toEpochDay()).subtract(days);
        Subquery<String> anyOpen = query.subquery(String.class);
        Root<StoredInvoice> open = anyOpen.from(StoredInvoice.class);
        anyOpen.select(open.get("id")).where(openInvoiceOfTheCustomer(open));
        if (epochDay.compareTo(BigDecimal.valueOf(FIRST_DUE_DATE)) < 0) {
            return comparison == Comparison.GREATER_OR_EQUAL ? cb.exists(anyOpen) : cb.disjunction();
        }
        if (epochDay.compareTo(BigDecimal.valueOf(LAST_DUE_DATE)) > 0) {
            return comparison == Comparison.LESS_OR_EQUAL ? cb.exists(anyOpen) : cb.disjunction();
        }
        Subquery<LocalDate> earliest = query.subquery(LocalDate.class);
        Root<StoredInvoice> invoice = earliest.from(StoredInvoice.class);
        earliest.select(cb.least(invoice.<LocalDate>get("dueDate"))).where(openInvoiceOfTheCustomer(invoice));
        return cb.and(cb.exists(anyOpen), order(earliest, comparison,
                parameter(LocalDate.class, LocalDate.ofEpochDay(epochDay.longValueExact()))));
    }

    /**
     * The sum of the customer's positive open amounts in its own currency, 0 when it has none (never missing); other
     * currencies are not added in (issue 18 §2).
     */
    private Expression<BigDecimal> balance() {
        Subquery<BigDecimal> balance = query.subquery(BigDecimal.class);
        Root<StoredInvoice> invoice = balance.from(StoredInvoice.class);
        balance.select(cb.coalesce(cb.sum(invoice.<BigDecimal>get("openAmount")), BigDecimal.ZERO))
                .where(openInvoiceOfTheCustomer(invoice),
                        cb.equal(invoice.<String>get("currency"), customer.<String>get("currency")));
        return balance;
    }

    private Predicate openInvoiceOfTheCustomer(Root<StoredInvoice> invoice) {
        return cb.and(cb.equal(invoice.get("customerId"), customer.get("id")),
                cb.gt(invoice.<BigDecimal>get("openAmount"), 0));
    }

    private Expression<BigDecimal> creditLimit() {
        return customer.get("creditLimit");
    }

    private <T extends Comparable<? super T>> Predicate order(Expression<? extends T> actual, Comparison comparison,
            Expression<? extends T> value) {
        return switch (comparison) {
            case EQUAL -> cb.equal(actual, value);
            case LESS -> cb.lessThan(actual, value);
            case LESS_OR_EQUAL -> cb.lessThanOrEqualTo(actual, value);
            case GREATER -> cb.greaterThan(actual, value);
            case GREATER_OR_EQUAL -> cb.greaterThanOrEqualTo(actual, value);
            case NOT_EQUAL -> throw new IllegalArgumentException("!= is built as not =");
        };
    }

    /** The comparison that holds for (−a, −b) when this one holds for (a, b). */
    private static Comparison reversed(Comparison comparison) {
        return switch (comparison) {
            case LESS -> Comparison.GREATER;
            case LESS_OR_EQUAL -> Comparison.GREATER_OR_EQUAL;
            case GREATER -> Comparison.LESS;
            case GREATER_OR_EQUAL -> Comparison.LESS_OR_EQUAL;
            case EQUAL, NOT_EQUAL -> comparison;
        };
    }

    private <T> ParameterExpression<T> parameter(Class<T> type, T value) {
        String name = "p" + arguments.size();
        arguments.put(name, value);
        return cb.parameter(type, name);
    }
}
