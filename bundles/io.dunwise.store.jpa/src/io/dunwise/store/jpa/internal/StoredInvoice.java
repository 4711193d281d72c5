package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice or credit note as stored; the schema (V1) indexes a customer's invoices by due date. */
@Entity
@Table(name = "invoice")
public class StoredInvoice {

    @Id
    private String id;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private BigDecimal amount;
    @Column(name = "open_amount")
    private BigDecimal openAmount;
    private String currency;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    @Column(name = "promise_date")
    private LocalDate promiseDate;
    @Column(name = "promised_amount")
    private BigDecimal promisedAmount;

    protected StoredInvoice() {
    }

    /** A new invoice written by Dunwise itself: the fee of a returned payment (R23). */
    static StoredInvoice of(Invoice invoice) {
        StoredInvoice stored = new StoredInvoice();
        stored.id = invoice.id();
        stored.customerId = invoice.customerId();
        stored.invoiceDate = invoice.invoiceDate();
        stored.dueDate = invoice.dueDate();
        stored.amount = invoice.amount().value();
        stored.openAmount = invoice.openAmount().value();
        stored.currency = invoice.currency();
        stored.status = invoice.status();
        stored.promiseDate = invoice.promiseDate();
        stored.promisedAmount = Money.value(invoice.promisedAmount());
        return stored;
    }

    /** Adds to the open amount (a negative change settles or writes off, a positive one reopens). */
    void changeOpenAmount(BigDecimal change) {
        openAmount = openAmount.add(change);
    }

    Invoice toInvoice() {
        return new Invoice(id, customerId, invoiceDate, dueDate, Money.amount(amount, currency),
                Money.amount(openAmount, currency), status, promiseDate, Money.amount(promisedAmount, currency));
    }

    void setStatus(InvoiceStatus status, LocalDate promiseDate, BigDecimal promisedAmount) {
        this.status = status;
        this.promiseDate = promiseDate;
        this.promisedAmount = promisedAmount;
    }
}
