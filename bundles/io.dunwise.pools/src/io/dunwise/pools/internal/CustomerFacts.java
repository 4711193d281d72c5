package io.dunwise.pools.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.CustomerFilter;
import io.dunwise.ledger.api.CustomerFilter.Comparison;
import io.dunwise.ledger.api.CustomerFilter.Measure;
import io.dunwise.ledger.api.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a pool can know of one customer on a date (R1): its fields, and the measures of its open invoices. It
 * evaluates a {@link CustomerFilter} in memory exactly as the filter's javadoc defines it, which is what the store's
 * query answers too.
 */
final class CustomerFacts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Customer customer;
    private final BigDecimal balance;
    /** The earliest due date of the open invoices; {@code null} when there is none. */
    private final LocalDate earliestDue;
    private final LocalDate asOf;

    /**
     * @param invoices the customer's invoices; only those with a positive open amount count, whatever their status
     */
    CustomerFacts(Customer customer, List<Invoice> invoices, LocalDate asOf) {
        this.customer = customer;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        List<Invoice> open = invoices.stream().filter(Invoice::isOpen).toList();
        // in the customer's own currency only: amounts in different currencies are never added (issue 18 §2)
        this.balance = open.stream().filter(invoice -> invoice.openAmount().currency().equals(customer.currency()))
                .map(invoice -> invoice.openAmount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.earliestDue = open.stream().map(Invoice::dueDate).min(LocalDate::compareTo).orElse(null);
    }

    boolean satisfy(CustomerFilter filter) {
        return switch (filter) {
            case CustomerFilter.Everyone everyone -> true;
            case CustomerFilter.And and -> and.operands().stream().allMatch(this::satisfy);
            case CustomerFilter.Or or -> or.operands().stream().anyMatch(this::satisfy);
            case CustomerFilter.Not not -> !satisfy(not.operand());
            case CustomerFilter.TextIn text -> text.matches(text.field().of(customer));
            case CustomerFilter.AttributeIn attribute -> attribute.matches(customer.attributes().get(attribute.key()));
            case CustomerFilter.Compare compare -> compare(compare.measure(), compare.comparison(), compare.value());
        };
    }

    private boolean compare(Measure measure, Comparison comparison, BigDecimal value) {
        OptionalInt order = order(measure, value);
        return order.isPresent() ? comparison.holds(order.getAsInt()) : comparison.holdsWithoutValue();
    }

    /** How the measure orders against the value ({@code compareTo}); empty when the customer has no value for it. */
    private OptionalInt order(Measure measure, BigDecimal value) {
        BigDecimal creditLimit = customer.creditLimit();
        return switch (measure) {
            case BALANCE -> OptionalInt.of(balance.compareTo(value));
            case CREDIT_LIMIT -> creditLimit == null ? OptionalInt.empty() : OptionalInt.of(creditLimit.compareTo(value));
            case OVERDUE_DAYS -> earliestDue == null ? OptionalInt.empty()
                    : OptionalInt.of(BigDecimal.valueOf(ChronoUnit.DAYS.between(earliestDue, asOf)).compareTo(value));
            // balance × 100 / limit against value, without dividing: the sign of the limit turns the order round
            case CREDIT_USE -> creditLimit == null || creditLimit.signum() == 0 ? OptionalInt.empty()
                    : OptionalInt.of(creditLimit.signum()
                            * balance.multiply(HUNDRED).compareTo(value.multiply(creditLimit)));
        };
    }
}
