package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.AgingBasis;
import io.dunwise.ledger.api.AgingBucket;
import io.dunwise.ledger.api.AgingRequest;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one statement that fills a snapshot (R20). Its inner query gives each invoice open on the snapshot's date
 * (dated on or before it, its open amount plus what payments dated after it settled) the number of the period its
 * basis date falls in, 0 for none; the outer one adds them up per customer and currency, with a row of zeros for a
 * customer with nothing open. Portable SQL: the same text runs on H2 and PostgreSQL.
 */
final class AgingStatement {

    private final AgingRequest request;
    private final List<LocalDate> dates = new ArrayList<>();
    private final String sql;

    AgingStatement(AgingRequest request) {
        this.request = request;
        this.sql = build();
    }

    String sql() {
        return sql;
    }

    /** Binds the statement's parameters, in the order its text names them. */
    void bind(PreparedStatement statement, long snapshotId) throws SQLException {
        int index = 1;
        statement.setLong(index++, snapshotId);
        if (!request.isWholeLedger()) {
            statement.setLong(index++, snapshotId);
        }
        for (LocalDate date : dates) {
            statement.setDate(index++, Date.valueOf(date));
        }
    }

    private String build() {
        String basis = request.basis() == AgingBasis.DUE_DATE ? "i.due_date" : "i.invoice_date";
        StringBuilder columns = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        StringBuilder period = new StringBuilder("case");
        List<AgingBucket> buckets = request.buckets();
        for (int i = 1; i <= buckets.size(); i++) {
            AgingBucket bucket = buckets.get(i - 1);
            columns.append(", period_").append(i);
            sums.append(", coalesce(sum(case when o.period = ").append(i).append(" then o.amount end), 0)");
            period.append(" when ").append(condition(basis, bucket)).append(" then ").append(i);
        }
        period.append(" else 0 end");
        dates.add(request.asOf());
        dates.add(request.asOf());
        String scope = request.isWholeLedger() ? ""
                : " join aging_scope s on s.customer_id = c.id and s.snapshot_id = ?";
        return "insert into aging_balance (snapshot_id, customer_id, currency" + columns + ", total, latest)"
                + " select ?, c.id, coalesce(o.currency, 'XXX')" + sums + ", coalesce(sum(o.amount), 0), true"
                + " from customer c" + scope
                + " left join (select i.customer_id, i.currency, i.open_amount + coalesce(l.later, 0) as amount, "
                + period + " as period"
                + " from invoice i left join (select st.invoice_id, sum(st.amount) as later from settlement st"
                + " join payment p on p.id = st.payment_id where p.payment_date > ? group by st.invoice_id) l"
                + " on l.invoice_id = i.id"
                + " where i.invoice_date <= ? and i.open_amount + coalesce(l.later, 0) <> 0) o on o.customer_id = c.id"
                + " group by c.id, coalesce(o.currency, 'XXX')";
    }

    /** The test of one period, its dates remembered as parameters in order. */
    private String condition(String basis, AgingBucket bucket) {
        if (bucket.earliest() == null && bucket.latest() == null) {
            return "1 = 1";
        }
        List<String> tests = new ArrayList<>();
        if (bucket.earliest() != null) {
            tests.add(basis + " >= ?");
            dates.add(bucket.earliest());
        }
        if (bucket.latest() != null) {
            tests.add(basis + " <= ?");
            dates.add(bucket.latest());
        }
        return String.join(" and ", tests);
    }
}
