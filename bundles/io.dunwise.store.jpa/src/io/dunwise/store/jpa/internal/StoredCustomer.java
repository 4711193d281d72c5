package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.PostalAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A customer as stored; its attributes and its Dunwise setting (hold, manual assignment) are read for a page of
 * customers in one query each, not one per customer.
 */
@Entity
@Table(name = "customer")
public class StoredCustomer {

    @Id
    private String id;
    private String name;
    @Column(name = "customer_group")
    private String group;
    private String country;
    private String currency;
    private String language;
    @Column(name = "credit_limit")
    private BigDecimal creditLimit;
    @Column(name = "sales_group")
    private String salesGroup;
    @Column(name = "on_hold")
    private boolean onHold;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    @Column(name = "country_name")
    private String countryName;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "customer_attribute", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "attribute_key")
    @Column(name = "attribute_value")
    private Map<String, String> attributes = new HashMap<>();
    @OneToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "id", referencedColumnName = "customer_id", insertable = false, updatable = false)
    private StoredCustomerSetting setting;

    protected StoredCustomer() {
    }

    Customer toCustomer() {
        return new Customer(id, name, group, country, currency, language,
                Money.decimal(creditLimit), salesGroup, onHold, attributes,
                setting == null ? null : setting.hold(), setting == null ? null : setting.manualStrategy(),
                PostalAddress.of(street, postalCode, city, countryName));
    }

    void setOnHold(boolean onHold) {
        this.onHold = onHold;
    }
}
