package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Accounts;
import io.dunwise.ledger.api.AgingSnapshots;
import io.dunwise.ledger.api.Activities;
import io.dunwise.ledger.api.Cases;
import io.dunwise.ledger.api.Customers;
import io.dunwise.ledger.api.Invoices;
import io.dunwise.ledger.api.Journals;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Letters;
import io.dunwise.ledger.api.Organisation;
import io.dunwise.ledger.api.PaymentHistory;
import io.dunwise.ledger.api.Payments;
import io.dunwise.ledger.api.Postings;
import io.dunwise.ledger.api.ProcessHistory;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A ledger in one database: repositories through JPA, whole-ledger loads through JDBC batches. Each repository
 * reports a failing database in one line ({@link DatabaseFault}).
 */
final class JpaLedger implements Ledger {

    private final LedgerDatabase database;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    /** Holds an embedded database open while the ledger is, so that it is not closed and reopened per query. */
    private final Connection keepOpen;
    private final Transactions transactions;

    JpaLedger(LedgerDatabase database, DataSource dataSource, EntityManagerFactory factory, Connection keepOpen) {
        this.database = database;
        this.dataSource = dataSource;
        this.factory = factory;
        this.keepOpen = keepOpen;
        this.transactions = new Transactions(factory);
    }

    @Override
    public String location() {
        return database.display();
    }

    @Override
    public Customers customers() {
        return reported(Customers.class, new JpaCustomers(transactions));
    }

    @Override
    public Invoices invoices() {
        return reported(Invoices.class, new JpaInvoices(transactions));
    }

    @Override
    public Payments payments() {
        return reported(Payments.class, new JpaPayments(transactions));
    }

    @Override
    public Organisation organisation() {
        return reported(Organisation.class, new JpaOrganisation(transactions));
    }

    @Override
    public Activities activities() {
        return reported(Activities.class, new JpaActivities(transactions));
    }

    @Override
    public Letters letters() {
        return reported(Letters.class, new JpaLetters(transactions));
    }

    @Override
    public Cases cases() {
        return reported(Cases.class, new JpaCases(transactions));
    }

    @Override
    public Journals journals() {
        return reported(Journals.class, new JpaJournals(transactions));
    }

    @Override
    public AgingSnapshots aging() {
        return reported(AgingSnapshots.class, new JdbcAgingSnapshots(this::connection, database.isPostgres()));
    }

    @Override
    public Postings postings() {
        return reported(Postings.class, new JpaPostings(transactions));
    }

    @Override
    public ProcessHistory history() {
        return reported(ProcessHistory.class, new JpaProcessHistory(transactions));
    }

    @Override
    public PaymentHistory paymentHistory() {
        return reported(PaymentHistory.class, new JpaPaymentHistory(transactions));
    }

    @Override
    public Accounts accounts() {
        return reported(Accounts.class, new JpaAccounts(transactions));
    }

    @Override
    public LedgerLoad replaceLedger() {
        return reported(LedgerLoad.class, new JdbcLedgerLoad(connection(), false));
    }

    @Override
    public LedgerLoad startOver() {
        return reported(LedgerLoad.class, new JdbcLedgerLoad(connection(), true));
    }

    @Override
    public long sizeInBytes() {
        return database.sizeInBytes(dataSource);
    }

    private <T> T reported(Class<T> type, T repository) {
        return DatabaseFault.reported(type, repository, database);
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw DatabaseFault.of(database, new LedgerException("cannot connect to " + database.display(), e));
        }
    }

    @Override
    public void close() {
        factory.close();
        if (keepOpen != null) {
            try {
                keepOpen.close();
            } catch (SQLException ignored) {
                // nothing is pending on this connection: it only held the database open
            }
        }
    }
}
