package io.dunwise.ledger.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Payments and their settlements (R21). */
public interface Payments {

    long count();

    Optional<Payment> find(String id);

    /** A customer's payments by date and id. */
    List<Payment> ofCustomer(String customerId);

    /** Every payment by id, read a page at a time. */
    void forEach(Consumer<Payment> action);
}
