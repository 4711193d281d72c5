package io.dunwise.actions.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Addressee;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** One message of an email action as a mail reader sees it (R14, R31), without a server. */
class OutgoingEmailTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    private static final Customer CUSTOMER = new Customer("C1", "<b>Smith & Sons</b>", "CORP", "SE", "SEK", "sv",
            null, null, false, Map.of());
    private static final Invoice LEADING = new Invoice("I1", "C1", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 1), Amount.of("1200.50", "SEK"), Amount.of("1200.50", "SEK"), InvoiceStatus.OPEN);
    static final Template.Message OVERDUE = new Template.Message("Overdue", Template.Message.Kind.EMAIL,
            "Nordlys Accounts Receivable", "ar@nordlys.example", "en", List.of(
                    new Template.Version("en", "Invoice {{invoice.id}} is overdue",
                            "<p>Dear {{contact.name}},</p><p>{{customer.name}} owes {{invoice.openAmount}}, due"
                                    + " {{invoice.dueDate}}.</p>{{{invoices.table}}}"),
                    new Template.Version("sv", "Faktura {{invoice.id}} är förfallen",
                            "<p>Hej {{contact.name}},</p><p>{{customer.name}} är skyldig {{invoice.openAmount}},"
                                    + " förföll {{invoice.dueDate}}.</p>{{{invoices.table}}}")),
            List.of(), List.of());
    private static final OutgoingEmail.Sender SENDER = new OutgoingEmail.Sender("Nordlys Accounts Receivable",
            "ar@nordlys.example", null);

    private static ActionRequest request() {
        return ActionRequest.builder("4711", RUN, "email", CUSTOMER).step("Corporate", "Reminder")
                .invoices(List.of(LEADING), List.of(LEADING)).company("Nordlys").build();
    }

    private static Received compose(Addressee to, boolean withOpenItems) throws MessagingException, IOException {
        return Received.of(OutgoingEmail.compose(Session.getInstance(new Properties()), request(), OVERDUE, SENDER,
                to, withOpenItems, Instant.parse("2026-11-23T06:00:00Z")));
    }

    @Test
    void r14HeadersSenderRecipientAndADeterministicMessageId() throws Exception {
        Received mail = compose(new Addressee("Anna Berg", "anna@nordlys.example", "sv"), false);
        assertEquals("Nordlys Accounts Receivable <ar@nordlys.example>", mail.message().getFrom()[0].toString());
        assertEquals("Anna Berg <anna@nordlys.example>", mail.header("To"));
        assertEquals("<dunwise.4711.a8a3b718b4ff@nordlys.example>", mail.header("Message-ID"));
        assertEquals("4711", mail.header("X-Dunwise-Action"));
        assertEquals("auto-generated", mail.header("Auto-Submitted"));
        assertEquals("sv", mail.header("Content-Language"));
        assertTrue(mail.message().isMimeType("multipart/alternative"), mail.message().getContentType());
    }

    @Test
    void r31TheRecipientsLanguageThenTheCustomersThenTheDefault() throws Exception {
        assertEquals("Faktura I1 är förfallen",
                compose(new Addressee("Anna", "anna@x.example", "sv"), false).message().getSubject());
        assertEquals("Invoice I1 is overdue",
                compose(new Addressee("John", "john@x.example", "en"), false).message().getSubject());
        assertEquals("Faktura I1 är förfallen",
                compose(new Addressee("Pierre", "pierre@x.example", "fr"), false).message().getSubject(),
                "no French version: the customer's language");
        assertEquals("Faktura I1 är förfallen",
                compose(new Addressee("Nobody", "n@x.example", null), false).message().getSubject());
    }

    @Test
    void r14ValuesInTheHtmlAreEscapedAndR31WrittenInTheRecipientsLocale() throws Exception {
        Received mail = compose(new Addressee("Anna <Berg>", "anna@nordlys.example", "sv"), false);
        assertTrue(mail.html().contains("<p>Hej Anna &lt;Berg&gt;,</p>"), mail.html());
        assertTrue(mail.html().contains("&lt;b&gt;Smith &amp; Sons&lt;/b&gt; är skyldig 1\u00a0200,50\u00a0kr,"
                + " förföll 1 okt. 2026."), mail.html());
        assertFalse(mail.html().contains("<b>"), mail.html());
        assertTrue(mail.html().contains("<table"), "the open invoices as a table: " + mail.html());
        assertTrue(mail.html().startsWith("<!DOCTYPE html>"), mail.html());
        assertTrue(mail.message().getContentType().contains("alternative"));
    }

    @Test
    void thePlainTextPartReadsLikeTheHtml() throws Exception {
        Received mail = compose(new Addressee("Anna <Berg>", "anna@nordlys.example", "sv"), false);
        assertTrue(mail.text().startsWith("Hej Anna <Berg>,\n\n<b>Smith & Sons</b> är skyldig 1\u00a0200,50\u00a0kr,"
                + " förföll 1 okt. 2026.\n\nFaktura"), mail.text());
        assertTrue(mail.text().contains("\nI1 "), "the table as aligned text: " + mail.text());
    }

    @Test
    void r14TheOpenItemsAsASpreadsheetInTheRecipientsLanguage() throws Exception {
        Received mail = compose(new Addressee("Anna", "anna@nordlys.example", "sv"), true);
        assertTrue(mail.message().isMimeType("multipart/mixed"));
        assertEquals(1, mail.attachments().size());
        assertEquals("open-items-C1.xlsx", mail.attachments().get(0).getFileName());
        assertTrue(mail.attachments().get(0).isMimeType(OpenItemsSheet.MEDIA_TYPE));
        assertTrue(OpenItemsSheetTest.parts(mail.attachment(0)).get("xl/sharedStrings.xml").contains(">Förfallodag<"));
        assertTrue(mail.html().contains("Hej Anna"), "the texts are still there: " + mail.html());
    }

    @Test
    void issue18MessageIdsAreMadeOfTheActionTheRecipientAndTheSendersDomain() {
        assertEquals("<dunwise.17.a8a3b718b4ff@ar.example>",
                OutgoingEmail.messageId("17", "anna@nordlys.example", "Collections <x@ar.example>"));
        assertEquals("<dunwise.17.a8a3b718b4ff@dunwise.invalid>",
                OutgoingEmail.messageId("17", " Anna@Nordlys.example", "nobody"), "the address, however spelled");
        assertEquals("<dunwise.17.9f0ed7d6e6bc@ar.example>",
                OutgoingEmail.messageId("17", "john@nordlys.example", "x@ar.example"),
                "not the recipient's place: a contact added before a retry shifts no other message's id");
    }
}
