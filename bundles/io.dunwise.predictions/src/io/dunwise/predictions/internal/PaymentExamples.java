package io.dunwise.predictions.internal;

import io.dunwise.ledger.api.InvoiceOutcome;
import io.dunwise.ledger.api.PaymentHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every invoice of a payment history with its features, in the history's order (customer, invoice date, id). The
 * history comes a customer at a time, so only one customer's invoices are held while their features are taken.
 */
final class PaymentExamples {

    private PaymentExamples() {
    }

    static List<InvoiceExample> of(PaymentHistory history, LocalDate asOf) {
        List<InvoiceExample> examples = new ArrayList<>();
        List<InvoiceOutcome> customer = new ArrayList<>();
        history.forEach(asOf, invoice -> {
            if (!customer.isEmpty() && !customer.get(0).customerId().equals(invoice.customerId())) {
                addCustomer(customer, examples);
                customer.clear();
            }
            customer.add(invoice);
        });
        addCustomer(customer, examples);
        return examples;
    }

    private static void addCustomer(List<InvoiceOutcome> invoices, List<InvoiceExample> examples) {
        CustomerHistory history = new CustomerHistory(invoices);
        invoices.forEach(invoice -> examples.add(new InvoiceExample(invoice, history.featuresOf(invoice))));
    }
}
