package io.dunwise.store.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** An email address of a customer that bounced or was refused (R30), Dunwise's own record kept across imports. */
@Entity
@Table(name = "contact_bounce")
@IdClass(StoredBounce.Key.class)
public class StoredBounce {

    @Id
    @Column(name = "customer_id")
    private String customerId;
    @Id
    private String email;
    @Column(name = "bounced_on")
    private LocalDate date;
    private String reason;

    protected StoredBounce() {
    }

    StoredBounce(String customerId, String email, LocalDate date, String reason) {
        this.customerId = customerId;
        this.email = email;
        this.date = date;
        this.reason = reason;
    }

    String email() {
        return email;
    }

    void update(LocalDate newDate, String newReason) {
        this.date = newDate;
        this.reason = newReason;
    }

    /** The key: customer and address. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String customerId;
        private String email;

        public Key() {
        }

        Key(String customerId, String email) {
            this.customerId = customerId;
            this.email = email;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.customerId.equals(customerId) && key.email.equals(email);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, email);
        }
    }
}
