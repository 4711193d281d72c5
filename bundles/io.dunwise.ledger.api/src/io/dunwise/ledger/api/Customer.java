package io.dunwise.ledger.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A customer account (spec section 1).
 *
 * @param language   BCP-47 language tag, e.g. {@code en}, {@code sv}
 * @param onHold     excluded from all automation (R5)
 * @param attributes free attributes that pools can test (R1)
 */
public record Customer(String id, String name, String group, String country, String currency, String language,
        BigDecimal creditLimit, String salesGroup, boolean onHold, Map<String, String> attributes) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
    }
}
