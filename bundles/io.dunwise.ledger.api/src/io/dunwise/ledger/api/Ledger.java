package io.dunwise.ledger.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One open accounts-receivable ledger (a database). Obtained from {@link LedgerStore}; close it when done.
 */
public interface Ledger extends AutoCloseable {

    /** Where this ledger lives, for messages: a file path or a JDBC URL without credentials. */
    String location();

    long customerCount();

    List<Customer> customers();

    Optional<Customer> customer(String id);

    /** Every invoice with a positive open amount, by customer id. */
    Map<String, List<Invoice>> openInvoicesByCustomer();

    /**
     * Replaces the whole content of the ledger in one transaction: either all of it is written or, on any
     * error, nothing changes.
     */
    void replaceAll(List<Customer> customers, List<Invoice> invoices);

    @Override
    void close();
}
