package io.dunwise.store.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A payment returned for non-sufficient funds (R23), as stored (V5). */
@Entity
@Table(name = "payment_return")
public class StoredPaymentReturn {

    @Id
    @Column(name = "payment_id")
    private String paymentId;
    @Column(name = "returned_on")
    private LocalDate returnedOn;
    @Column(name = "entry_id")
    private Long entryId;

    protected StoredPaymentReturn() {
    }

    StoredPaymentReturn(String paymentId, LocalDate returnedOn, Long entryId) {
        this.paymentId = paymentId;
        this.returnedOn = returnedOn;
        this.entryId = entryId;
    }

    LocalDate returnedOn() {
        return returnedOn;
    }
}
