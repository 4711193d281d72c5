package io.dunwise.actions.letter.tests;

import io.dunwise.actions.api.ActionRecords;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.PostalAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Swedish customer with two overdue invoices, a letter template like the examples', and a ledger's letters. */
final class LetterFixtures {

    static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    static final PostalAddress ADDRESS = new PostalAddress("Storgatan 4", "972 31", "Luleå", null);
    static final Customer SWEDISH = customer("C-17", "Åkerlund & Söner AB", "SE", "sv");
    /** 53 days overdue on {@link #RUN}. */
    static final Invoice LEADING = invoice("I-1001", "2026-09-01", "2026-10-01", "1200.50", "1200.50");
    /** 22 days overdue, partly paid. */
    static final Invoice SECOND = invoice("I-1002", "2026-10-02", "2026-11-01", "1000.00", "800.00");

    static final Template.Message TEMPLATE = new Template.Message("CollectionLetter", Template.Message.Kind.LETTER,
            null, null, "en",
            List.of(new Template.Version("en", "Reminder no. {{letter.level}}: overdue invoices",
                    "Dear {{customer.name}}, the invoices below are overdue. A fee of {{letter.fee}} and interest of"
                            + " {{letter.interest}} have been added."),
                    new Template.Version("sv", "Påminnelse nr {{letter.level}}: förfallna fakturor",
                            "Bästa {{customer.name}}, fakturorna nedan är förfallna. En avgift på {{letter.fee}} och"
                                    + " ränta på {{letter.interest}} har lagts till.\n\nMed vänliga hälsningar\n"
                                    + "{{company.name}}")),
            List.of(new Template.Fee(1, new BigDecimal("60"), "SEK"), new Template.Fee(2, new BigDecimal("180"), "SEK")),
            List.of(new Template.InterestRate(new BigDecimal("8.0"), null),
                    new Template.InterestRate(new BigDecimal("10.5"), "SE")));

    private LetterFixtures() {
    }

    /** A customer whose letters are posted to {@link #ADDRESS} (R15). */
    static Customer customer(String id, String name, String country, String language) {
        return new Customer(id, name, "CORP", country, "SEK", language, null, null, false, Map.of())
                .withAddress(ADDRESS);
    }

    static Invoice invoice(String id, String invoiceDate, String dueDate, String amount, String open) {
        return invoice(id, invoiceDate, dueDate, amount, open, "SEK");
    }

    static Invoice invoice(String id, String invoiceDate, String dueDate, String amount, String open,
            String currency) {
        return new Invoice(id, "C-17", LocalDate.parse(invoiceDate), LocalDate.parse(dueDate),
                Amount.of(amount, currency), Amount.of(open, currency), InvoiceStatus.OPEN);
    }

    static ActionRequest.Builder request(String actionId, Customer customer, List<Invoice> invoices,
            ActionRecords records) {
        return ActionRequest.builder(actionId, RUN, "letter", customer).step("Public", "First letter")
                .invoices(invoices, invoices).template(TEMPLATE).company("Nordlys Inkasso AB").records(records);
    }

    /** A ledger's letters for one action: numbered from a sequence; the action's own letter given back (R16). */
    static final class PostedLetters implements ActionRecords {
        final List<CollectionLetter> posted = new ArrayList<>();
        private long next;

        PostedLetters(long firstNumber) {
            this.next = firstNumber;
        }

        @Override
        public CollectionLetter letter(CollectionLetter letter) {
            if (posted.isEmpty()) {
                posted.add(new CollectionLetter(next++, letter.customerId(), letter.date(), letter.level(),
                        letter.invoiceIds(), letter.total(), letter.fee(), letter.interest(), letter.language(),
                        "action"));
            }
            return posted.get(0);
        }

        @Override
        public List<CollectionLetter> earlierLetters() {
            return List.of();
        }

        @Override
        public Activity activity(Activity activity) {
            throw new AssertionError("a letter creates no activity");
        }

        @Override
        public void bounced(String email, String reason) {
            throw new AssertionError("a letter sends no email");
        }

        @Override
        public boolean isMarked(String part) {
            return false;
        }

        @Override
        public void mark(String part) {
            throw new AssertionError("a letter has one effect, kept by its record");
        }
    }
}
