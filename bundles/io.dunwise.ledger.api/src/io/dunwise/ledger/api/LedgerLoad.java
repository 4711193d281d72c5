package io.dunwise.ledger.api;

/**
 * Replaces the whole content of a ledger in one transaction (an import or a demo ledger): the old content is gone
 * and the new one visible only after {@link #commit()}; closing a load that was not committed changes nothing.
 * Rows are written in batches as they come, so a load of millions of rows needs little memory. The load checks
 * nothing that its caller must check: references between rows are the importer's business.
 */
public interface LedgerLoad extends AutoCloseable {

    void customer(Customer customer);

    void contact(Contact contact);

    void salesRep(SalesRep rep);

    void agent(Agent agent);

    void invoice(Invoice invoice);

    void payment(Payment payment);

    void commit();

    /** Rolls back unless committed. */
    @Override
    void close();
}
