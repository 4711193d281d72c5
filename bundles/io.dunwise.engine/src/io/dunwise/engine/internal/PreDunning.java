package io.dunwise.engine.internal;

import io.dunwise.ledger.api.Invoice;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * R10: the pre-dunning step acts per invoice: every open invoice i with due(i) + o ≤ D ≤ due(i) gets the notice.
 */
public final class PreDunning {

    private final Optional<Step> step;

    public PreDunning(Strategy strategy) {
        this.step = strategy.getSteps().stream().filter(Step::isPredunning).findFirst();
    }

    public Optional<Step> step() {
        return step;
    }

    public List<Invoice> dueForNotice(List<Invoice> invoices, LocalDate asOf) {
        if (step.isEmpty()) {
            return List.of();
        }
        int offset = step.get().offset();
        return invoices.stream()
                .filter(Invoice::isChased)
                .filter(invoice -> !asOf.isBefore(invoice.dueDate().plusDays(offset)) && !asOf.isAfter(invoice.dueDate()))
                .sorted(LeadingInvoice.ORDER)
                .toList();
    }
}
