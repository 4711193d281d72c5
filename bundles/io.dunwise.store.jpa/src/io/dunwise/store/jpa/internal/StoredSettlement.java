package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Settlement;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The part of a payment that settles one invoice, as stored. */
@Embeddable
public class StoredSettlement {

    @Column(name = "invoice_id")
    private String invoiceId;
    private BigDecimal amount;

    protected StoredSettlement() {
    }

    StoredSettlement(String invoiceId, BigDecimal amount) {
        this.invoiceId = invoiceId;
        this.amount = amount;
    }

    Settlement toSettlement(String currency) {
        return new Settlement(invoiceId, Money.amount(amount, currency));
    }
}
