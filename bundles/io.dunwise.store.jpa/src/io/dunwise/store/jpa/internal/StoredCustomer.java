package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Customer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** A customer as stored; mapped to and from {@link Customer} at the store's edge. */
@Entity
@Table(name = "customer")
public class StoredCustomer {

    @Id
    @Column(length = 64)
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(name = "customer_group")
    private String group;
    private String country;
    @Column(length = 3)
    private String currency;
    private String language;
    @Column(precision = 19, scale = 4)
    private BigDecimal creditLimit;
    private String salesGroup;
    private boolean onHold;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_attribute", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "attribute_key")
    @Column(name = "attribute_value")
    private Map<String, String> attributes = new HashMap<>();

    protected StoredCustomer() {
    }

    static StoredCustomer of(Customer customer) {
        StoredCustomer stored = new StoredCustomer();
        stored.id = customer.id();
        stored.name = customer.name();
        stored.group = customer.group();
        stored.country = customer.country();
        stored.currency = customer.currency();
        stored.language = customer.language();
        stored.creditLimit = customer.creditLimit();
        stored.salesGroup = customer.salesGroup();
        stored.onHold = customer.onHold();
        stored.attributes = new HashMap<>(customer.attributes());
        return stored;
    }

    Customer toCustomer() {
        return new Customer(id, name, group, country, currency, language, creditLimit, salesGroup, onHold,
                attributes);
    }
}
