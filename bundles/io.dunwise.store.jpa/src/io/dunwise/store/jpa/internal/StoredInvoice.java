package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as stored; indexed for the engine's access path (open invoices of a customer by due date). */
@Entity
@Table(name = "invoice", indexes = @Index(name = "invoice_customer_due", columnList = "customerId,dueDate"))
public class StoredInvoice {

    @Id
    @Column(length = 64)
    private String id;
    @Column(nullable = false, length = 64)
    private String customerId;
    @Column(nullable = false)
    private LocalDate invoiceDate;
    @Column(nullable = false)
    private LocalDate dueDate;
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal openAmount;
    @Column(nullable = false, length = 3)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvoiceStatus status;

    protected StoredInvoice() {
    }

    static StoredInvoice of(Invoice invoice) {
        StoredInvoice stored = new StoredInvoice();
        stored.id = invoice.id();
        stored.customerId = invoice.customerId();
        stored.invoiceDate = invoice.invoiceDate();
        stored.dueDate = invoice.dueDate();
        stored.amount = invoice.amount().value();
        stored.openAmount = invoice.openAmount().value();
        stored.currency = invoice.amount().currency();
        stored.status = invoice.status();
        return stored;
    }

    Invoice toInvoice() {
        return new Invoice(id, customerId, invoiceDate, dueDate, new Amount(asWritten(amount), currency),
                new Amount(asWritten(openAmount), currency), status);
    }

    /** The column keeps four decimals; amounts read back with the cents they were written with (at least two). */
    private static BigDecimal asWritten(BigDecimal stored) {
        return stored.setScale(Math.max(2, stored.stripTrailingZeros().scale()));
    }
}
