package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.PostalAddress;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.ledger.api.Settlement;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A whole-ledger replacement over plain JDBC batches in one transaction. Bulk loading is the one place where the
 * store bypasses JPA: persisting millions of entities through a unit of work costs several times the time and
 * memory of batched inserts, and nothing here needs an entity's life cycle. The store's entity caches are off,
 * so readers see the new content as soon as it is committed.
 */
final class JdbcLedgerLoad implements LedgerLoad {

    private static final int BATCH = 1_000;

    /** Imported tables, children first: the order to empty them in; the reverse is the order to fill them. */
    private static final List<String> LEDGER_TABLES = List.of("settlement", "payment", "invoice", "contact",
            "customer_attribute", "customer", "sales_rep", "agent");
    private static final List<String> PROCESS_TABLES = List.of("aging_balance", "aging_period", "aging_scope",
            "aging_snapshot", "journal_line", "journal_entry", "collections_case",
            "collection_letter", "activity", "action_mark", "process_history", "customer_setting",
            "contact_bounce", "payment_return");

    private final Connection connection;
    private final Batch customers;
    private final Batch attributes;
    private final Batch contacts;
    private final Batch bouncesCleared;
    private final Batch bounces;
    private final Set<String> bouncedAddresses = new HashSet<>();
    private final Batch reps;
    private final Batch agents;
    private final Batch invoices;
    private final Batch payments;
    private final Batch settlements;
    private final List<Batch> inOrder;
    private boolean committed;

    JdbcLedgerLoad(Connection connection, boolean processRecordsToo) {
        this.connection = connection;
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (processRecordsToo) {
                    for (String table : PROCESS_TABLES) {
                        statement.executeUpdate("delete from " + table);
                    }
                }
                for (String table : LEDGER_TABLES) {
                    statement.executeUpdate("delete from " + table);
                }
            }
            customers = new Batch("""
                    insert into customer (id, name, customer_group, country, currency, language, credit_limit,
                    sales_group, on_hold, street, postal_code, city, country_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            attributes = new Batch(
                    "insert into customer_attribute (customer_id, attribute_key, attribute_value) values (?, ?, ?)");
            contacts = new Batch("""
                    insert into contact (customer_id, position, name, email, language, purposes, is_primary,
                    collections_contact, street, postal_code, city, country_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            // a contact file that marks an address bounced (R30) records it as Dunwise's own bounce, kept across imports
            bouncesCleared = new Batch("delete from contact_bounce where customer_id = ? and email = ?");
            bounces = new Batch("""
                    insert into contact_bounce (customer_id, email, bounced_on, reason) values (?, ?, ?, ?)""");
            reps = new Batch("""
                    insert into sales_rep (sales_group, position, name, email, is_contact, is_primary)
                    values (?, ?, ?, ?, ?, ?)""");
            agents = new Batch("insert into agent (id, name, email, team) values (?, ?, ?, ?)");
            invoices = new Batch("""
                    insert into invoice (id, customer_id, invoice_date, due_date, amount, open_amount, currency,
                    status, promise_date, promised_amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            payments = new Batch("""
                    insert into payment (id, customer_id, payment_date, amount, currency, bank_account)
                    values (?, ?, ?, ?, ?, ?)""");
            settlements = new Batch("insert into settlement (payment_id, invoice_id, amount) values (?, ?, ?)");
            inOrder = List.of(customers, attributes, contacts, bouncesCleared, bounces, reps, agents, invoices,
                    payments, settlements);
        } catch (SQLException e) {
            closeQuietly();
            throw failure(e);
        }
    }

    @Override
    public void customer(Customer customer) {
        add(customers, customer.id(), customer.name(), customer.group(), customer.country(), customer.currency(),
                customer.language(), customer.creditLimit(), customer.salesGroup(), customer.onHold(),
                street(customer.address()), postalCode(customer.address()), city(customer.address()),
                countryName(customer.address()));
        for (Map.Entry<String, String> attribute : customer.attributes().entrySet()) {
            add(attributes, customer.id(), attribute.getKey(), attribute.getValue());
        }
    }

    @Override
    public void contact(Contact contact) {
        add(contacts, contact.customerId(), contact.position(), contact.name(), contact.email(), contact.language(),
                new IdList().convertToDatabaseColumn(contact.purposes()), contact.primary(),
                contact.collectionsContact(), street(contact.address()), postalCode(contact.address()),
                city(contact.address()), countryName(contact.address()));
        if (contact.bounced() && contact.email() != null && !contact.email().isBlank()
                && bouncedAddresses.add(contact.customerId() + " " + contact.email().trim().toLowerCase(Locale.ROOT))) {
            String address = contact.email().trim().toLowerCase(Locale.ROOT);
            add(bouncesCleared, contact.customerId(), address);
            add(bounces, contact.customerId(), address, LocalDate.now(), "marked bounced in the imported ledger");
        }
    }

    private static String street(PostalAddress address) {
        return address == null ? null : address.street();
    }

    private static String postalCode(PostalAddress address) {
        return address == null ? null : address.postalCode();
    }

    private static String city(PostalAddress address) {
        return address == null ? null : address.city();
    }

    private static String countryName(PostalAddress address) {
        return address == null ? null : address.countryName();
    }

    @Override
    public void salesRep(SalesRep rep) {
        add(reps, rep.salesGroup(), rep.position(), rep.name(), rep.email(), rep.contact(), rep.primary());
    }

    @Override
    public void agent(Agent agent) {
        add(agents, agent.id(), agent.name(), agent.email(), agent.team());
    }

    @Override
    public void invoice(Invoice invoice) {
        add(invoices, invoice.id(), invoice.customerId(), invoice.invoiceDate(), invoice.dueDate(),
                invoice.amount().value(), invoice.openAmount().value(), invoice.currency(), invoice.status().name(),
                invoice.promiseDate(), Money.value(invoice.promisedAmount()));
    }

    @Override
    public void payment(Payment payment) {
        add(payments, payment.id(), payment.customerId(), payment.date(), payment.amount().value(),
                payment.amount().currency(), payment.bankAccount());
        for (Settlement settlement : payment.settlements()) {
            add(settlements, payment.id(), settlement.invoiceId(), settlement.amount().value());
        }
    }

    @Override
    public void commit() {
        try {
            flushAll();
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            closeQuietly();
        }
    }

    private void add(Batch batch, Object... values) {
        try {
            batch.add(values);
            if (batch.size >= BATCH) {
                // parents first, so that every row's references are in the database before it
                flushAll();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void flushAll() throws SQLException {
        for (Batch batch : inOrder) {
            batch.flush();
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the transaction is rolled back or committed; a failing close loses nothing
        }
    }

    private static LedgerException failure(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        return new LedgerException("the ledger could not be written: " + cause.getMessage(), e);
    }

    /** One prepared insert with its pending rows. */
    private final class Batch {

        private final PreparedStatement statement;
        private int size;

        Batch(String sql) throws SQLException {
            statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                bind(i + 1, values[i]);
            }
            statement.addBatch();
            size++;
        }

        private void bind(int index, Object value) throws SQLException {
            switch (value) {
                case null -> statement.setNull(index, Types.NULL);
                case LocalDate date -> statement.setDate(index, Date.valueOf(date));
                case BigDecimal decimal -> statement.setBigDecimal(index, decimal);
                case Boolean flag -> statement.setBoolean(index, flag);
                case Integer number -> statement.setInt(index, number);
                default -> statement.setString(index, value.toString());
            }
        }

        void flush() throws SQLException {
            if (size > 0) {
                statement.executeBatch();
                size = 0;
            }
        }
    }
}
