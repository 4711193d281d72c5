package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.AgedBalance;
import io.dunwise.ledger.api.AgingBasis;
import io.dunwise.ledger.api.AgingBucket;
import io.dunwise.ledger.api.AgingRequest;
import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.AgingSnapshots;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.LedgerException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Aging snapshots through JDBC: a snapshot is one {@code insert … select} that the database runs over all the
 * customers at once (R20), with the periods' dates as parameters of one {@code case}, so that a million customers
 * take one statement and not a million.
 */
final class JdbcAgingSnapshots implements AgingSnapshots {

    private static final int PAGE = 5_000;

    private final Supplier<Connection> connections;
    private final boolean postgres;

    JdbcAgingSnapshots(Supplier<Connection> connections, boolean postgres) {
        this.connections = connections;
        this.postgres = postgres;
    }

    @Override
    public AgingSnapshot create(AgingRequest request) {
        try (Connection connection = connections.get()) {
            connection.setAutoCommit(false);
            try {
                AgingSnapshot snapshot = create(connection, request);
                connection.commit();
                return snapshot;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot make the aging snapshot: " + e.getMessage(), e);
        }
    }

    private AgingSnapshot create(Connection connection, AgingRequest request) throws SQLException {
        long id = nextId(connection);
        Instant created = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into aging_snapshot (id, as_of, definition, basis, pool, customers, created)
                values (?, ?, ?, ?, ?, 0, ?)""")) {
            insert.setLong(1, id);
            insert.setDate(2, Date.valueOf(request.asOf()));
            insert.setString(3, request.definition());
            insert.setString(4, request.basis().name());
            insert.setString(5, request.pool());
            insert.setTimestamp(6, Timestamp.from(created));
            insert.executeUpdate();
        }
        insertPeriods(connection, id, request.buckets());
        if (!request.isWholeLedger()) {
            insertScope(connection, id, request);
        }
        new AgingStatement(request, id).execute(connection);
        long customers;
        try (PreparedStatement count = connection.prepareStatement("select count(*) from customer c"
                + (request.isWholeLedger() ? "" : " join aging_scope s on s.customer_id = c.id and s.snapshot_id = ?"))) {
            if (!request.isWholeLedger()) {
                count.setLong(1, id);
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                customers = rows.getLong(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update aging_snapshot set customers = ? where id = ?")) {
            update.setLong(1, customers);
            update.setLong(2, id);
            update.executeUpdate();
        }
        if (!request.isWholeLedger()) {
            try (PreparedStatement scope = connection.prepareStatement("delete from aging_scope where snapshot_id = ?")) {
                scope.setLong(1, id);
                scope.executeUpdate();
            }
        }
        return new AgingSnapshot(id, request.asOf(), request.definition(), request.basis(),
                request.buckets().stream().map(AgingBucket::label).toList(), request.pool(), customers, created);
    }

    private long nextId(Connection connection) throws SQLException {
        String next = postgres ? "select nextval('aging_snapshot_id')" : "select next value for aging_snapshot_id";
        try (PreparedStatement statement = connection.prepareStatement(next);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void insertPeriods(Connection connection, long id, List<AgingBucket> buckets) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into aging_period (snapshot_id, period_number, label, earliest, latest)
                values (?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < buckets.size(); i++) {
                AgingBucket bucket = buckets.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i + 1);
                insert.setString(3, bucket.label());
                insert.setDate(4, bucket.earliest() == null ? null : Date.valueOf(bucket.earliest()));
                insert.setDate(5, bucket.latest() == null ? null : Date.valueOf(bucket.latest()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertScope(Connection connection, long id, AgingRequest request) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into aging_scope (snapshot_id, customer_id) values (?, ?)")) {
            int pending = 0;
            for (String customer : request.customers()) {
                insert.setLong(1, id);
                insert.setString(2, customer);
                insert.addBatch();
                if (++pending == 1_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    @Override
    public List<AgingSnapshot> snapshots() {
        return read("select * from aging_snapshot order by id desc", statement -> { });
    }

    @Override
    public Optional<AgingSnapshot> find(long id) {
        return read("select * from aging_snapshot where id = ?", statement -> statement.setLong(1, id))
                .stream().findFirst();
    }

    private List<AgingSnapshot> read(String sql, Binder binder) {
        try (Connection connection = connections.get(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            Map<Long, AgingSnapshot> snapshots = new LinkedHashMap<>();
            Map<Long, List<String>> labels = labels(connection);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    snapshots.put(id, new AgingSnapshot(id, rows.getDate("as_of").toLocalDate(),
                            rows.getString("definition"), AgingBasis.valueOf(rows.getString("basis")),
                            labels.getOrDefault(id, List.of()), rows.getString("pool"), rows.getLong("customers"),
                            rows.getTimestamp("created").toInstant()));
                }
            }
            return List.copyOf(snapshots.values());
        } catch (SQLException e) {
            throw new LedgerException("cannot read the aging snapshots: " + e.getMessage(), e);
        }
    }

    private static Map<Long, List<String>> labels(Connection connection) throws SQLException {
        Map<Long, List<String>> labels = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select snapshot_id, label from aging_period order by snapshot_id, period_number");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                labels.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return labels;
    }

    /**
     * A customer's latest rows are those of the newest snapshot that holds it. Every snapshot older than the newest
     * of the whole ledger is superseded for everyone, so only that one and the pool snapshots after it are read, in
     * key order (customer, snapshot, currency), a page at a time; a page ends before its last customer, whose rows
     * may go on in the next.
     */
    @Override
    public void forEachLatest(Consumer<AgedBalance> action) {
        try (Connection connection = connections.get()) {
            long since = newestOfTheWholeLedger(connection);
            Map<Long, Integer> periods = periodCounts(connection);
            String after = "";
            while (true) {
                List<AgedBalance> page = page(connection, since, after, periods);
                boolean last = page.size() < PAGE;
                String lastCustomer = page.isEmpty() ? null : page.get(page.size() - 1).customerId();
                List<AgedBalance> complete = last ? page
                        : page.stream().filter(balance -> !balance.customerId().equals(lastCustomer)).toList();
                if (complete.isEmpty()) {
                    // a page of one customer's rows: read all of that customer's at once
                    complete = page(connection, since, lastCustomer, periods, true);
                }
                newestPerCustomer(complete).forEach(action);
                if (last) {
                    return;
                }
                after = complete.get(complete.size() - 1).customerId();
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the aged balances: " + e.getMessage(), e);
        }
    }

    private static long newestOfTheWholeLedger(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select max(id) from aging_snapshot where pool is null");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<AgedBalance> page(Connection connection, long since, String after, Map<Long, Integer> periods)
            throws SQLException {
        return page(connection, since, after, periods, false);
    }

    /** The rows after a customer ({@code exactly}: of that customer), from snapshot {@code since} on, in key order. */
    private static List<AgedBalance> page(Connection connection, long since, String customer,
            Map<Long, Integer> periods, boolean exactly) throws SQLException {
        String sql = "select b.*, c.name from aging_balance b left join customer c on c.id = b.customer_id"
                + " where b.customer_id " + (exactly ? "=" : ">") + " ? and b.snapshot_id >= ?"
                + " order by b.customer_id, b.snapshot_id, b.currency"
                + (exactly ? "" : " fetch first " + PAGE + " rows only");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customer);
            statement.setLong(2, since);
            List<AgedBalance> page = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long snapshot = rows.getLong("snapshot_id");
                    String currency = rows.getString("currency");
                    List<Amount> amounts = new ArrayList<>();
                    for (int i = 1; i <= periods.getOrDefault(snapshot, 0); i++) {
                        amounts.add(Money.amount(rows.getBigDecimal("period_" + i), currency));
                    }
                    page.add(new AgedBalance(snapshot, rows.getString("customer_id"), rows.getString("name"), amounts,
                            Money.amount(rows.getBigDecimal("total"), currency)));
                }
            }
            return page;
        }
    }

    /** Of rows in key order, those of each customer's newest snapshot. */
    private static List<AgedBalance> newestPerCustomer(List<AgedBalance> rows) {
        Map<String, Long> newest = new HashMap<>();
        rows.forEach(row -> newest.merge(row.customerId(), row.snapshotId(), Math::max));
        return rows.stream().filter(row -> row.snapshotId() == newest.get(row.customerId())).toList();
    }

    private static Map<Long, Integer> periodCounts(Connection connection) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select snapshot_id, max(period_number) from aging_period group by snapshot_id");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getInt(2));
            }
        }
        return counts;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
