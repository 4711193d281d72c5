package io.dunwise.operations.internal;

import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Payment;
import io.dunwise.operations.CollectionsDesk;
import io.dunwise.operations.InvoiceShare;
import io.dunwise.operations.OperationParameters;
import io.dunwise.operations.OperationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;

/**
 * The collections desk: reads what an operation needs, lets the operation's plan check it and compose the entry, and
 * has the store apply the plan in one transaction that checks it again (R21–R24).
 */
@Component(service = CollectionsDesk.class)
public class Desk implements CollectionsDesk {

    @Override
    public OperationReport settlePayment(Ledger ledger, OperationParameters parameters, String paymentId,
            List<InvoiceShare> invoices, LocalDate on) {
        Payment payment = ledger.payments().find(paymentId)
                .orElseThrow(() -> Refusals.refuse("no payment " + paymentId));
        SettlementPlan plan = SettlementPlan.ofPayment(payment, ledger.postings().returned(paymentId).isPresent(),
                read(ledger, ids(invoices)), invoices, parameters, on);
        JournalEntry posted = ledger.postings().settlePayment(paymentId, plan.settlements(), plan.entry());
        return report(ledger, posted, ids(invoices));
    }

    @Override
    public OperationReport settleCreditNote(Ledger ledger, OperationParameters parameters, String creditNoteId,
            List<InvoiceShare> invoices, LocalDate on) {
        Invoice creditNote = ledger.invoices().find(creditNoteId)
                .orElseThrow(() -> Refusals.refuse("no credit note " + creditNoteId));
        SettlementPlan plan = SettlementPlan.ofCreditNote(creditNote, read(ledger, ids(invoices)), invoices,
                parameters, on);
        JournalEntry posted = ledger.postings().settleCreditNote(creditNoteId, plan.settlements(), plan.entry());
        List<String> touched = new ArrayList<>(ids(invoices));
        touched.add(creditNoteId);
        return report(ledger, posted, touched);
    }

    @Override
    public OperationReport writeOff(Ledger ledger, OperationParameters parameters, List<String> invoiceIds,
            String reason, LocalDate on) {
        WriteOffPlan plan = WriteOffPlan.of(invoiceIds, read(ledger, invoiceIds), reason, parameters, on);
        JournalEntry posted = ledger.postings().writeOff(plan.invoices(), plan.entry());
        return report(ledger, posted, invoiceIds);
    }

    @Override
    public OperationReport returnPayment(Ledger ledger, OperationParameters parameters, String paymentId,
            boolean chargeFee, LocalDate on) {
        NsfReturn nsf = NsfReturn.of(ledger.payments().find(paymentId), paymentId,
                ledger.postings().returned(paymentId), chargeFee, parameters, on);
        Optional<JournalEntry> posted = ledger.postings().returnPayment(paymentId, on,
                nsf.payment().settlements(), nsf.fee(), nsf.entry());
        List<String> touched = Stream.concat(nsf.payment().settlements().stream().map(s -> s.invoiceId()),
                Stream.ofNullable(nsf.fee()).map(Invoice::id)).toList();
        return new OperationReport(posted, invoices(ledger, touched));
    }

    @Override
    public CollectionsCase openCase(Ledger ledger, String customerId, String category, String status,
            String ownerId, List<String> invoiceIds, List<Long> activityIds, LocalDate on) {
        return new CaseFile(ledger).open(customerId, category, status, ownerId, invoiceIds, activityIds, on);
    }

    @Override
    public CollectionsCase changeCaseStatus(Ledger ledger, long caseId, String status) {
        return new CaseFile(ledger).changeStatus(caseId, status);
    }

    @Override
    public CollectionsCase changeCaseOwner(Ledger ledger, long caseId, String ownerId) {
        return new CaseFile(ledger).changeOwner(caseId, ownerId);
    }

    @Override
    public CollectionsCase addCaseInvoices(Ledger ledger, long caseId, List<String> invoiceIds) {
        return new CaseFile(ledger).addInvoices(caseId, invoiceIds);
    }

    private static List<String> ids(List<InvoiceShare> shares) {
        return shares.stream().map(InvoiceShare::invoiceId).toList();
    }

    /** The invoices that exist among those named, by id. */
    private static Map<String, Invoice> read(Ledger ledger, List<String> ids) {
        Map<String, Invoice> read = new HashMap<>();
        ids.forEach(id -> ledger.invoices().find(id).ifPresent(invoice -> read.put(id, invoice)));
        return read;
    }

    private static List<Invoice> invoices(Ledger ledger, List<String> ids) {
        return ids.stream().distinct().map(id -> ledger.invoices().find(id).orElseThrow()).toList();
    }

    private static OperationReport report(Ledger ledger, JournalEntry posted, List<String> ids) {
        return new OperationReport(Optional.of(posted), invoices(ledger, ids));
    }
}
