package io.dunwise.ledger.api;

/**
 * One open accounts-receivable ledger (a database), with a repository per kind of record. Obtained from
 * {@link LedgerStore}; close it when done.
 */
public interface Ledger extends AutoCloseable {

    /** Where this ledger lives, for messages: a folder or a JDBC URL without credentials. */
    String location();

    Customers customers();

    Invoices invoices();

    Payments payments();

    Organisation organisation();

    Activities activities();

    Letters letters();

    Cases cases();

    Journals journals();

    /** Aging snapshots and the latest aged balance of each customer (R19, R20). */
    AgingSnapshots aging();

    /** Settlements, write-offs and returned payments, each with its journal entry in one transaction (R21–R23). */
    Postings postings();

    ProcessHistory history();

    /** Every invoice with the date it was settled, for payment predictions (R12). */
    PaymentHistory paymentHistory();

    /** Customers with their open invoices and history, as the step engine reads them. */
    Accounts accounts();

    /**
     * Starts replacing what an import brings (customers, contacts, sales reps, agents, invoices, payments): see
     * {@link LedgerLoad}. Dunwise's own records (process history, activities, letters, cases, journals) stay.
     */
    LedgerLoad replaceLedger();

    /** Like {@link #replaceLedger()}, and also clears Dunwise's own records: a new ledger, as for a demo. */
    LedgerLoad startOver();

    /** The size of the database in bytes, where the database can tell it. */
    long sizeInBytes();

    @Override
    void close();
}
