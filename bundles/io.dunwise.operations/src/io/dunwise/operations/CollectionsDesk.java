package io.dunwise.operations;

import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import java.time.LocalDate;
import java.util.List;

/**
 * The collections operations (R21–R24) for the command line and the workbench. Each checks the request against the
 * ledger, composes its balanced journal entry with the parameters (R25) and applies it in one transaction; a request
 * that cannot be applied throws a {@link LedgerException} naming what is wrong and changes nothing.
 */
public interface CollectionsDesk {

    /** R21: a payment settles invoices of its customer in its currency. */
    OperationReport settlePayment(Ledger ledger, OperationParameters parameters, String paymentId,
            List<InvoiceShare> invoices, LocalDate on);

    /** R21: a credit note (an invoice with a negative amount) settles invoices of its customer in its currency. */
    OperationReport settleCreditNote(Ledger ledger, OperationParameters parameters, String creditNoteId,
            List<InvoiceShare> invoices, LocalDate on);

    /** R22: open invoices written off against the write-off account; a null reason takes the parameters' default. */
    OperationReport writeOff(Ledger ledger, OperationParameters parameters, List<String> invoiceIds, String reason,
            LocalDate on);

    /** R23: a payment returned for non-sufficient funds; {@code chargeFee} charges the parameters' NSF fee. */
    OperationReport returnPayment(Ledger ledger, OperationParameters parameters, String paymentId, boolean chargeFee,
            LocalDate on);

    /** R24: opens a case of a customer; the owner is a known agent or null, invoices and activities the customer's. */
    CollectionsCase openCase(Ledger ledger, String customerId, String category, String status, String ownerId,
            List<String> invoiceIds, List<Long> activityIds, LocalDate on);

    /** R24: changes a case's status. */
    CollectionsCase changeCaseStatus(Ledger ledger, long caseId, String status);

    /** R24: gives a case to a known agent, or to no one when {@code ownerId} is null. */
    CollectionsCase changeCaseOwner(Ledger ledger, long caseId, String ownerId);

    /** R24: adds invoices of the case's customer to it. */
    CollectionsCase addCaseInvoices(Ledger ledger, long caseId, List<String> invoiceIds);
}
