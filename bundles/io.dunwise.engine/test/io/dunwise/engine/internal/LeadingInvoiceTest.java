package io.dunwise.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingInvoiceTest {

    private static Invoice invoice(String id, String invoiceDate, String dueDate, String open, InvoiceStatus status) {
        return new Invoice(id, "C1", LocalDate.parse(invoiceDate), LocalDate.parse(dueDate), Amount.of("100", "EUR"),
                Amount.of(open, "EUR"), status);
    }

    @Test
    void r7_earliestDueDateLeads() {
        List<Invoice> invoices = List.of(
                invoice("I3", "2026-09-01", "2026-10-15", "100", InvoiceStatus.OPEN),
                invoice("I2", "2026-09-01", "2026-10-01", "100", InvoiceStatus.OPEN));
        assertEquals("I2", LeadingInvoice.of(invoices).orElseThrow().id());
    }

    @Test
    void r7_tiesBreakOnInvoiceDateThenId() {
        List<Invoice> invoices = List.of(
                invoice("I9", "2026-09-02", "2026-10-01", "100", InvoiceStatus.OPEN),
                invoice("I5", "2026-09-01", "2026-10-01", "100", InvoiceStatus.OPEN),
                invoice("I4", "2026-09-01", "2026-10-01", "100", InvoiceStatus.OPEN));
        assertEquals("I4", LeadingInvoice.of(invoices).orElseThrow().id());
    }

    @Test
    void r7_settledInvoicesDoNotLead() {
        List<Invoice> invoices = List.of(
                invoice("I1", "2026-08-01", "2026-09-01", "0", InvoiceStatus.OPEN),
                invoice("I2", "2026-09-01", "2026-10-01", "50", InvoiceStatus.OPEN));
        assertEquals("I2", LeadingInvoice.of(invoices).orElseThrow().id());
        assertTrue(LeadingInvoice.of(List.of(invoices.get(0))).isEmpty(), "R7: no open invoice, nothing to do");
    }

    @Test
    void r26_disputedAndPromisedInvoicesDoNotLead() {
        List<Invoice> invoices = List.of(
                invoice("I1", "2026-08-01", "2026-09-01", "100", InvoiceStatus.DISPUTED),
                invoice("I2", "2026-08-01", "2026-09-02", "100", InvoiceStatus.PROMISED),
                invoice("I3", "2026-09-01", "2026-10-01", "100", InvoiceStatus.OPEN));
        assertEquals("I3", LeadingInvoice.of(invoices).orElseThrow().id());
    }
}
