package io.dunwise.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A customer account (spec section 1).
 *
 * @param language   BCP-47 language tag, e.g. {@code en}, {@code sv}
 * @param onHold         excluded from all automation (R5), as the imported ledger says
 * @param attributes     free attributes that pools can test (R1)
 * @param hold           a hold put on in Dunwise, with its reason and resume date (R26), or null; kept when the
 *                       ledger is imported again
 * @param manualStrategy the strategy a collections agent assigned the customer to by hand (R5), or null; kept when
 *                       the ledger is imported again
 * @param address        where collection letters are posted when no contact has an address for them (R15), or null
 */
public record Customer(String id, String name, String group, String country, String currency, String language,
        BigDecimal creditLimit, String salesGroup, boolean onHold, Map<String, String> attributes, Hold hold,
        String manualStrategy, PostalAddress address) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
    }

    /** A customer with no postal address. */
    public Customer(String id, String name, String group, String country, String currency, String language,
            BigDecimal creditLimit, String salesGroup, boolean onHold, Map<String, String> attributes, Hold hold,
            String manualStrategy) {
        this(id, name, group, country, currency, language, creditLimit, salesGroup, onHold, attributes, hold,
                manualStrategy, null);
    }

    /** A customer as an imported ledger gives it: no hold or assignment made in Dunwise, no postal address. */
    public Customer(String id, String name, String group, String country, String currency, String language,
            BigDecimal creditLimit, String salesGroup, boolean onHold, Map<String, String> attributes) {
        this(id, name, group, country, currency, language, creditLimit, salesGroup, onHold, attributes, null, null,
                null);
    }

    /** This customer with its postal address {@code value} (R15). */
    public Customer withAddress(PostalAddress value) {
        return new Customer(id, name, group, country, currency, language, creditLimit, salesGroup, onHold, attributes,
                hold, manualStrategy, value);
    }

    /** Whether the customer is out of every process on {@code runDate} (R5, R26). */
    public boolean isOnHold(LocalDate runDate) {
        return onHold || hold != null && hold.isInEffect(runDate);
    }
}
