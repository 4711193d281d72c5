package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Hold;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A hold (R26) and a manual assignment (R5) of a customer, decided in Dunwise and kept across imports. */
@Entity
@Table(name = "customer_setting")
public class StoredCustomerSetting {

    @Id
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "hold_reason")
    private String holdReason;
    @Column(name = "resume_date")
    private LocalDate resumeDate;
    @Column(name = "manual_strategy")
    private String manualStrategy;

    protected StoredCustomerSetting() {
    }

    StoredCustomerSetting(String customerId) {
        this.customerId = customerId;
    }

    Hold hold() {
        return holdReason == null ? null : new Hold(holdReason, resumeDate);
    }

    String manualStrategy() {
        return manualStrategy;
    }

    void hold(Hold hold) {
        this.holdReason = hold == null ? null : hold.reason();
        this.resumeDate = hold == null ? null : hold.resumeDate();
    }

    void assign(String strategy) {
        this.manualStrategy = strategy;
    }

    boolean isEmpty() {
        return holdReason == null && manualStrategy == null;
    }
}
