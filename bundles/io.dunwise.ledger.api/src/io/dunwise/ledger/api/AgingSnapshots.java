package io.dunwise.ledger.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Aging snapshots (R19, R20), made by the database as one set-based statement, not customer by customer. */
public interface AgingSnapshots {

    /**
     * Makes a snapshot: for every customer asked for, its open balance on the request's date per period and in
     * total, one row per currency it has open items in (a customer with nothing open gets one row of zeros in the
     * currency XXX, ISO 4217's "no currency"). Open amounts are those on that date: an invoice dated later is left
     * out, a payment dated later is added back. From then on the snapshot is the latest of its customers.
     */
    AgingSnapshot create(AgingRequest request);

    /** Every snapshot, the newest first. */
    List<AgingSnapshot> snapshots();

    Optional<AgingSnapshot> find(long id);

    /** Each customer's balances in its latest snapshot, by customer id and currency, read a page at a time. */
    void forEachLatest(Consumer<AgedBalance> action);
}
