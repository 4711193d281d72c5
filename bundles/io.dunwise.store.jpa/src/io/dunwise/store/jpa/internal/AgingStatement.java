package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.AgingBasis;
import io.dunwise.ledger.api.AgingBucket;
import io.dunwise.ledger.api.AgingRequest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The two statements that fill a snapshot (R20). The first adds up, per customer and currency, what was open on the
 * snapshot's date: the open amounts of the invoices dated by then, and what payments dated after it settled of them
 * (a union, not a join per invoice), each in the period its basis date falls in (0 for none). The second gives every
 * customer without a row one of zeros. Portable SQL: the same text runs on H2 and PostgreSQL.
 */
final class AgingStatement {

    private final AgingRequest request;
    private final long snapshotId;

    AgingStatement(AgingRequest request, long snapshotId) {
        this.request = request;
        this.snapshotId = snapshotId;
    }

    void execute(Connection connection) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = balances(parameters);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
        parameters.clear();
        sql = zeros(parameters);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private String balances(List<Object> parameters) {
        String basis = request.basis() == AgingBasis.DUE_DATE ? "i.due_date" : "i.invoice_date";
        StringBuilder columns = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        for (int i = 1; i <= request.buckets().size(); i++) {
            columns.append(", period_").append(i);
            sums.append(", sum(case when o.period = ").append(i).append(" then o.amount else 0 end)");
        }
        parameters.add(snapshotId);
        String open = "select i.customer_id, i.currency, i.open_amount as amount, " + period(basis, parameters)
                + " as period from invoice i" + scope(parameters)
                + " where i.invoice_date <= ? and i.open_amount <> 0";
        parameters.add(request.asOf());
        String paidLater = "select i.customer_id, i.currency, st.amount, " + period(basis, parameters)
                + " from payment p join settlement st on st.payment_id = p.id join invoice i on i.id = st.invoice_id"
                + scope(parameters) + " where p.payment_date > ? and i.invoice_date <= ?";
        parameters.add(request.asOf());
        parameters.add(request.asOf());
        return "insert into aging_balance (snapshot_id, customer_id, currency" + columns + ", total)"
                + " select ?, o.customer_id, o.currency" + sums + ", sum(o.amount)"
                + " from (" + open + " union all " + paidLater + ") o group by o.customer_id, o.currency";
    }

    private String zeros(List<Object> parameters) {
        parameters.add(snapshotId);
        String from = " from customer c" + (request.isWholeLedger() ? ""
                : " join aging_scope s on s.customer_id = c.id and s.snapshot_id = ?");
        if (!request.isWholeLedger()) {
            parameters.add(snapshotId);
        }
        parameters.add(snapshotId);
        return "insert into aging_balance (snapshot_id, customer_id, currency, total) select ?, c.id, 'XXX', 0" + from
                + " where not exists (select 1 from aging_balance b where b.customer_id = c.id and b.snapshot_id = ?)";
    }

    /** Only the pool's members, when the snapshot is of a pool. */
    private String scope(List<Object> parameters) {
        if (request.isWholeLedger()) {
            return "";
        }
        parameters.add(snapshotId);
        return " join aging_scope s on s.customer_id = i.customer_id and s.snapshot_id = ?";
    }

    /** The number of the period a basis date falls in, 0 for none; the periods' dates become parameters in order. */
    private String period(String basis, List<Object> parameters) {
        StringBuilder period = new StringBuilder("case");
        List<AgingBucket> buckets = request.buckets();
        for (int i = 1; i <= buckets.size(); i++) {
            period.append(" when ").append(condition(basis, buckets.get(i - 1), parameters)).append(" then ").append(i);
        }
        return period.append(" else 0 end").toString();
    }

    private static String condition(String basis, AgingBucket bucket, List<Object> parameters) {
        if (bucket.earliest() == null && bucket.latest() == null) {
            return "1 = 1";
        }
        List<String> tests = new ArrayList<>();
        if (bucket.earliest() != null) {
            tests.add(basis + " >= ?");
            parameters.add(bucket.earliest());
        }
        if (bucket.latest() != null) {
            tests.add(basis + " <= ?");
            parameters.add(bucket.latest());
        }
        return String.join(" and ", tests);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setLong(i + 1, (Long) parameter);
            }
        }
    }
}
