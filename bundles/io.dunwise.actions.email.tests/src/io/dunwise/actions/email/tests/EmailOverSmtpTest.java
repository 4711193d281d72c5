package io.dunwise.actions.email.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Recipient;
import io.dunwise.actions.api.Recipients;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The email handler as the product runs it — a Declarative Services component configured through Configuration
 * Admin — sending to a real SMTP server on loopback that requires STARTTLS and AUTH (a self-signed certificate made
 * for the test, trusted through {@code tls.trust}); every message read back with Jakarta Mail and checked as a mail
 * reader would see it.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class EmailOverSmtpTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    private static final Customer SMITH = new Customer("C000123", "<b>Smith & Sons</b>", "CORP", "SE", "SEK", "sv",
            null, null, false, Map.of());
    private static final Invoice LEADING = new Invoice("I-1001", "C000123", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 1), Amount.of("1200.50", "SEK"), Amount.of("1200.50", "SEK"), InvoiceStatus.OPEN);
    private static final Invoice LATER = new Invoice("I-1002", "C000123", LocalDate.of(2026, 10, 15),
            LocalDate.of(2026, 11, 14), Amount.of("80000", "SEK"), Amount.of("75000.25", "SEK"), InvoiceStatus.OPEN);
    private static final Template.Message OVERDUE = new Template.Message("Overdue", Template.Message.Kind.EMAIL,
            "Nordlys Accounts Receivable", "ar@nordlys.example", "en", List.of(
                    new Template.Version("en", "Invoice {{invoice.id}} is overdue",
                            "<p>Dear {{contact.name}},</p><p>{{customer.name}} owes {{invoice.openAmount}}, due"
                                    + " {{invoice.dueDate}}.</p>{{{invoices.table}}}"),
                    new Template.Version("sv", "Faktura {{invoice.id}} är förfallen",
                            "<p>Hej {{contact.name}},</p><p>{{customer.name}} är skyldig {{invoice.openAmount}},"
                                    + " förföll {{invoice.dueDate}}.</p>{{{invoices.table}}}")),
            List.of(), List.of());

    @TempDir
    static Path folder;

    static SSLContext tls;
    static TestMailServer server;
    static Path passwordFile;

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurationAdmin;

    @BeforeAll
    static void startServer() throws Exception {
        tls = SelfSignedCertificate.serverContext(folder);
        server = TestMailServer.start(0, tls);
        passwordFile = Files.writeString(folder.resolve("smtp-password"), TestMailServer.PASSWORD + "\n");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void forgetRefusals() throws Exception {
        server.refuse(recipient -> Optional.empty());
        EmailHandlerConfiguration.remove(context, configurationAdmin);
    }

    /** The handler configured as an admin would for the test server, with {@code changes}. */
    private ActionHandler handler(Map<String, Object> changes) throws Exception {
        Map<String, Object> settings = new HashMap<>(Map.of("host", "127.0.0.1", "port", server.port(),
                "starttls", "required", "tls.trust", "127.0.0.1", "user", TestMailServer.USER,
                "password.file", passwordFile.toString(), "fault.pause", 0));
        settings.putAll(changes);
        return EmailHandlerConfiguration.configure(context, configurationAdmin, settings);
    }

    private static Contact contact(int position, String name, String email, String language) {
        return new Contact("C000123", position, name, email, language, List.of("Collections"), position == 1, false);
    }

    private static ActionRequest.Builder request(String actionId, Customer customer, Recorded records,
            Contact... contacts) {
        return ActionRequest.builder(actionId, RUN, "email", customer).step("Corporate", "Reminder")
                .invoices(List.of(LEADING), List.of(LEADING, LATER)).contacts(List.of(contacts))
                .recipient(Recipient.CUSTOMER, "Collections").template(OVERDUE).company("Nordlys AB")
                .records(records);
    }

    private static List<TestMailServer.Mail> mailsTo(String address) {
        return server.received().stream().filter(mail -> mail.recipients().contains(address)).toList();
    }

    @Test
    void r14R31OneMessagePerRecipientInItsLanguageOverStarttlsAndAuth() throws Exception {
        ActionHandler handler = handler(Map.of());
        Recorded records = new Recorded();
        ActionOutcome outcome = handler.perform(request("501", SMITH, records,
                contact(1, "Anna Berg", "anna@smith.example", "sv"),
                contact(2, "John Smith", "john@smith.example", "en"),
                contact(3, "Kim Park", "kim@smith.example", null))
                .parameters(Map.of("attachment", "xlsx")).build());

        assertEquals(ActionOutcome.done("sent to anna@smith.example, john@smith.example, kim@smith.example",
                List.of("anna@smith.example", "john@smith.example", "kim@smith.example")), outcome);
        assertEquals(List.of("sending:anna@smith.example", "anna@smith.example", "sending:john@smith.example",
                "john@smith.example", "sending:kim@smith.example", "kim@smith.example"), records.marks,
                "R16, issue 18 §1: each recipient marked sending before its SMTP transaction, sent as the server took"
                        + " its message");

        TestMailServer.Mail toAnna = mailsTo("anna@smith.example").get(0);
        assertEquals(TestMailServer.USER, toAnna.user(), "sent after AUTH (the server requires it, after STARTTLS)");
        assertEquals("ar@nordlys.example", toAnna.from());
        Mails anna = Mails.read(toAnna.raw());
        assertEquals("Nordlys Accounts Receivable <ar@nordlys.example>", anna.header("From"));
        assertEquals("Anna Berg <anna@smith.example>", anna.header("To"));
        assertEquals("Faktura I-1001 är förfallen", anna.subject(), "R31: the Swedish contact reads Swedish");
        assertEquals("<dunwise.501.2424a99c12a8@nordlys.example>", anna.header("Message-ID"),
                "issue 18 §1: the action and the recipient");
        assertEquals("501", anna.header("X-Dunwise-Action"));
        assertEquals("auto-generated", anna.header("Auto-Submitted"));

        // R14: every value in the HTML escaped; R31: amounts and dates as a Swede in Sweden writes them
        assertTrue(anna.html().contains("<p>Hej Anna Berg,</p><p>&lt;b&gt;Smith &amp; Sons&lt;/b&gt; är skyldig"
                + " 1\u00a0200,50\u00a0kr, förföll 1 okt. 2026.</p>"), anna.html());
        assertFalse(anna.html().contains("<b>Smith"), anna.html());
        assertTrue(anna.html().contains(">75\u00a0000,25\u00a0kr</td>"), "the open invoices' table: " + anna.html());
        assertTrue(anna.text().startsWith("Hej Anna Berg,\n\n<b>Smith & Sons</b> är skyldig 1\u00a0200,50\u00a0kr"),
                anna.text());

        Mails john = Mails.read(mailsTo("john@smith.example").get(0).raw());
        assertEquals("Invoice I-1001 is overdue", john.subject(), "R31: the English contact reads English");
        assertTrue(john.html().contains("owes 1\u00a0200,50\u00a0kr, due 1 Oct 2026."), "R31: English, with amounts"
                + " as written in the customer's Sweden: " + john.html());
        assertEquals("<dunwise.501.ff73c4ac737b@nordlys.example>", john.header("Message-ID"));

        Mails kim = Mails.read(mailsTo("kim@smith.example").get(0).raw());
        assertEquals("Faktura I-1001 är förfallen", kim.subject(), "R31: no language of their own: the customer's");

        // the open items as a spreadsheet, in the reader's language
        assertEquals(1, anna.attachments().size());
        assertEquals("open-items-C000123.xlsx", anna.attachments().get(0).getFileName());
        Map<String, String> sheet = unzip(anna.attachment(0));
        assertTrue(sheet.get("xl/sharedStrings.xml").contains(">Förfallodag<"), sheet.get("xl/sharedStrings.xml"));
        assertTrue(sheet.get("xl/sharedStrings.xml").contains(">I-1002<"));
        assertTrue(sheet.get("xl/worksheets/sheet1.xml").contains("<v>75000.25</v>"), "amounts are numbers");
        assertTrue(unzip(john.attachment(0)).get("xl/sharedStrings.xml").contains(">Due date<"));
    }

    @Test
    void r31WithoutTheCustomersLanguageTheTemplatesDefault() throws Exception {
        ActionHandler handler = handler(Map.of());
        Customer french = new Customer("C000124", "Dupont SA", "CORP", "FR", "EUR", "fr", null, null, false,
                Map.of());
        handler.perform(request("502", french, new Recorded(), contact(1, "Marie", "marie@dupont.example", null))
                .build());
        assertEquals("Invoice I-1001 is overdue", Mails.read(mailsTo("marie@dupont.example").get(0).raw()).subject());
    }

    @Test
    void r30ARecipientRefusedFor550IsABounceTheOthersGetTheirs() throws Exception {
        ActionHandler handler = handler(Map.of());
        server.refuse(recipient -> recipient.startsWith("nobody@") ? Optional.of(new TestMailServer.Refusal(550,
                "5.1.1 <" + recipient + ">: no such user")) : Optional.empty());
        Recorded records = new Recorded();
        ActionOutcome outcome = handler.perform(request("503", SMITH, records,
                contact(1, "Nobody", "nobody@smith.example", "sv"),
                contact(2, "Eva", "eva@smith.example", "sv")).build());

        assertEquals(List.of("eva@smith.example"), ((ActionOutcome.Done) outcome).recipients());
        assertTrue(((ActionOutcome.Done) outcome).detail().contains("bounced: nobody@smith.example (550 5.1.1"),
                outcome.toString());
        assertEquals(List.of("nobody@smith.example"), List.copyOf(records.bounces.keySet()));
        assertTrue(records.bounces.get("nobody@smith.example").startsWith("550 5.1.1 <nobody@smith.example>: no"
                + " such user"), records.bounces.toString());
        assertEquals(List.of(), mailsTo("nobody@smith.example"));

        Recorded alone = new Recorded();
        ActionOutcome undeliverable = handler.perform(request("504", SMITH, alone,
                contact(1, "Nobody", "nobody@smith.example", "sv")).build());
        assertInstanceOf(ActionOutcome.Undeliverable.class, undeliverable, "every recipient bounced: R30 fallback");
        assertTrue(((ActionOutcome.Undeliverable) undeliverable).reason().startsWith("bounced: nobody@smith.example"
                + " (550"), undeliverable.toString());
    }

    @Test
    void r16ARecipientDeferredFor450WaitsAndNobodyGetsTwoMessages() throws Exception {
        ActionHandler handler = handler(Map.of());
        server.refuse(recipient -> recipient.startsWith("busy@") ? Optional.of(new TestMailServer.Refusal(450,
                "4.2.1 mailbox busy, try later")) : Optional.empty());
        Recorded records = new Recorded();
        ActionRequest request = request("505", SMITH, records, contact(1, "Olle", "olle@smith.example", "sv"),
                contact(2, "Busy", "busy@smith.example", "sv")).build();

        ActionOutcome first = handler.perform(request);
        assertInstanceOf(ActionOutcome.RetryLater.class, first);
        assertTrue(((ActionOutcome.RetryLater) first).reason().contains("refused busy@smith.example for now: 450"),
                first.toString());
        assertEquals(List.of("sending:olle@smith.example", "olle@smith.example", "sending:busy@smith.example"),
                records.marks);

        server.refuse(recipient -> Optional.empty());
        ActionOutcome second = handler.perform(request);
        assertInstanceOf(ActionOutcome.Done.class, second);
        assertEquals(List.of("olle@smith.example", "busy@smith.example"), ((ActionOutcome.Done) second).recipients());
        assertTrue(((ActionOutcome.Done) second).detail().startsWith("sent to olle@smith.example,"
                + " busy@smith.example; sent again with the same Message-ID"), "busy was left sending: " + second);
        assertEquals(1, mailsTo("olle@smith.example").size(), "handed over again, the action repeats nobody");
        assertEquals(1, mailsTo("busy@smith.example").size());
    }

    @Test
    void r16AWrongPasswordKeepsTheActionAndNamesTheProblemNeverThePassword() throws Exception {
        Path wrong = Files.writeString(folder.resolve("wrong-password"), "not-the-password");
        int before = server.received().size();
        ActionOutcome outcome = handler(Map.of("password.file", wrong.toString()))
                .perform(request("506", SMITH, new Recorded(), contact(1, "Anna", "anna2@smith.example", "sv"))
                        .build());
        String reason = ((ActionOutcome.RetryLater) outcome).reason();
        assertTrue(reason.startsWith("the mail server 127.0.0.1:" + server.port() + " refused the login of dunwise:"),
                reason);
        assertFalse(reason.contains("not-the-password"), reason);
        assertEquals(before, server.received().size());
    }

    @Test
    void r16AnUntrustedCertificateIsNotSentToAndTheActionWaits() throws Exception {
        ActionOutcome outcome = handler(Map.of("tls.trust", ""))
                .perform(request("507", SMITH, new Recorded(), contact(1, "Anna", "anna3@smith.example", "sv"))
                        .build());
        String reason = ((ActionOutcome.RetryLater) outcome).reason();
        assertTrue(reason.startsWith("TLS with the mail server 127.0.0.1:" + server.port() + " failed"), reason);
        assertEquals(List.of(), mailsTo("anna3@smith.example"));
    }

    @Test
    void r16WithoutConfigurationTheHandlerIsThereAndKeepsActionsWaiting() throws Exception {
        ActionHandler unconfigured = EmailHandlerConfiguration.remove(context, configurationAdmin);
        assertEquals(ActionOutcome.retryLater("no mail server configured: write io.dunwise.actions.email.cfg with"
                + " host=… (see README)"), unconfigured.perform(request("508", SMITH, new Recorded(),
                        contact(1, "Anna", "anna@smith.example", "sv")).build()));
        assertEquals(ActionOutcome.undeliverable(Recipients.NO_RECIPIENT, List.of()), handler(Map.of())
                .perform(request("509", SMITH, new Recorded()).build()));
    }

    /**
     * The parts of an xlsx file (a zip of XML parts) by name, read through the zip's central directory as
     * spreadsheet programs read it (fastexcel streams its entries with data descriptors); characters that
     * fastexcel writes as references ({@code &#xd6;}) are decoded.
     */
    static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("open-items", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), characters(new String(zip.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8)));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    private static String characters(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml).replaceAll(reference -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(reference.group(1), 16))));
    }
}
