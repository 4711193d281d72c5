package io.dunwise.operations.internal;

import static io.dunwise.operations.internal.Refusals.refuse;

import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.Ledger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R24: a collections case groups invoices and activities of one customer under a category, with a status and an
 * owner (a known agent, or no one). Checks each request against the ledger before the store changes the case.
 */
final class CaseFile {

    private final Ledger ledger;

    CaseFile(Ledger ledger) {
        this.ledger = ledger;
    }

    CollectionsCase open(String customerId, String category, String status, String ownerId, List<String> invoiceIds,
            List<Long> activityIds, LocalDate on) {
        if (ledger.customers().find(customerId).isEmpty()) {
            throw refuse("no customer " + customerId);
        }
        String checkedCategory = text(category, "category");
        String checkedStatus = text(status, "status");
        knownOwner(ownerId);
        if (!invoiceIds.isEmpty()) {
            invoicesOf(customerId, invoiceIds);
        }
        Set<Long> activities = ledger.activities().ofCustomer(customerId).stream().map(Activity::id)
                .collect(Collectors.toSet());
        for (Long id : activityIds) {
            if (!activities.contains(id)) {
                throw refuse("customer " + customerId + " has no activity " + id);
            }
        }
        return ledger.cases().open(new CollectionsCase(0, customerId, checkedCategory, checkedStatus, ownerId, on,
                invoiceIds, activityIds));
    }

    CollectionsCase changeStatus(long caseId, String status) {
        find(caseId);
        return ledger.cases().changeStatus(caseId, text(status, "status"));
    }

    CollectionsCase changeOwner(long caseId, String ownerId) {
        find(caseId);
        knownOwner(ownerId);
        return ledger.cases().changeOwner(caseId, ownerId);
    }

    CollectionsCase addInvoices(long caseId, List<String> invoiceIds) {
        CollectionsCase found = find(caseId);
        invoicesOf(found.customerId(), invoiceIds);
        return ledger.cases().addInvoices(caseId, invoiceIds);
    }

    private CollectionsCase find(long caseId) {
        return ledger.cases().find(caseId).orElseThrow(() -> refuse("no case " + caseId));
    }

    private void knownOwner(String ownerId) {
        if (ownerId != null && ledger.organisation().agent(ownerId).isEmpty()) {
            throw refuse("no agent " + ownerId + " to own the case");
        }
    }

    private void invoicesOf(String customerId, List<String> invoiceIds) {
        Map<String, Invoice> read = ledger.invoices().ofCustomer(customerId).stream()
                .collect(Collectors.toMap(Invoice::id, Function.identity()));
        for (String id : invoiceIds) {
            if (!read.containsKey(id)) {
                ledger.invoices().find(id).ifPresent(other -> Refusals.sameCustomer(other, customerId));
            }
        }
        Refusals.named(invoiceIds, read);
    }

    private static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw refuse("the case's " + what + " is empty");
        }
        if (value.length() > 64) {
            throw refuse("the case's " + what + " is longer than 64 characters");
        }
        return value.strip();
    }
}
