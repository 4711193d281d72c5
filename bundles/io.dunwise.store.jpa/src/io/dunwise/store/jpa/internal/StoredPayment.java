package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Payment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A payment as stored, with its settlements read for a page of payments in one query. */
@Entity
@Table(name = "payment")
public class StoredPayment {

    @Id
    private String id;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "payment_date")
    private LocalDate date;
    private BigDecimal amount;
    private String currency;
    @Column(name = "bank_account")
    private String bankAccount;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "settlement", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderBy("invoiceId")
    private List<StoredSettlement> settlements = new ArrayList<>();

    protected StoredPayment() {
    }

    void settle(StoredSettlement settlement) {
        settlements.add(settlement);
    }

    /** Removes every settlement, as when the payment is returned (R23). */
    void removeSettlements() {
        settlements.clear();
    }

    Payment toPayment() {
        return new Payment(id, customerId, date, Money.amount(amount, currency), bankAccount,
                settlements.stream().map(s -> s.toSettlement(currency)).toList());
    }
}
