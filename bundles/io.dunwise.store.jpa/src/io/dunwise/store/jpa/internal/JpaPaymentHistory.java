package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.InvoiceOutcome;
import io.dunwise.ledger.api.PaymentHistory;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every invoice with the date of its last payment, by one grouped query a page at a time (keyset paging on
 * customer, invoice date and id), so that the history of a million customers never sits in memory at once.
 */
final class JpaPaymentHistory implements PaymentHistory {

    private static final String SELECT = """
            select i.id, i.customer_id, i.invoice_date, i.due_date, i.amount, i.currency, i.open_amount,
                   max(p.payment_date)
            from invoice i
            left join settlement s on s.invoice_id = i.id
            left join payment p on p.id = s.payment_id
            where i.amount > 0 and i.invoice_date <= ?1
            """;
    private static final String AFTER = """
            and (i.customer_id > ?2 or (i.customer_id = ?2 and (i.invoice_date > ?3
                 or (i.invoice_date = ?3 and i.id > ?4))))
            """;
    private static final String GROUP = """
            group by i.id, i.customer_id, i.invoice_date, i.due_date, i.amount, i.currency, i.open_amount
            having i.open_amount > 0 or max(p.payment_date) is not null
            order by i.customer_id, i.invoice_date, i.id""";

    private final Transactions transactions;

    JpaPaymentHistory(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void forEach(LocalDate asOf, Consumer<InvoiceOutcome> action) {
        InvoiceOutcome last = null;
        while (true) {
            InvoiceOutcome after = last;
            List<InvoiceOutcome> page = transactions.read(em -> {
                Query query = em.createNativeQuery(SELECT + (after == null ? "" : AFTER) + GROUP)
                        .setParameter(1, Date.valueOf(asOf));
                if (after != null) {
                    query.setParameter(2, after.customerId()).setParameter(3, Date.valueOf(after.invoiceDate()))
                            .setParameter(4, after.invoiceId());
                }
                List<?> rows = query.setMaxResults(Transactions.PAGE).getResultList();
                return rows.stream().map(row -> outcome((Object[]) row)).toList();
            });
            page.forEach(action);
            if (page.size() < Transactions.PAGE) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }

    private static InvoiceOutcome outcome(Object[] row) {
        boolean open = ((BigDecimal) row[6]).signum() > 0;
        return new InvoiceOutcome((String) row[0], (String) row[1], date(row[2]), date(row[3]),
                Money.amount((BigDecimal) row[4], (String) row[5]),
                open ? Optional.empty() : Optional.of(date(row[7])));
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
