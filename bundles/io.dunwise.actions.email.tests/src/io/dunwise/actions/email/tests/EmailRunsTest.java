package io.dunwise.actions.email.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.engine.Progress;
import io.dunwise.engine.RunReport;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
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
 * Email actions through real runs of the engine on an embedded ledger, the outbox included (R16): a mail server that
 * is down keeps the email pending and a later run sends it exactly once; a recipient refused for good is a bounce on
 * the contact, and the step's {@code else letter} replaces the email with a letter (R30) — which waits in the outbox
 * here, as no letter handler is installed in this test.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class EmailRunsTest {

    private static final LocalDate DUE = LocalDate.parse("2026-10-01");
    private static final LocalDate REMINDER = DUE.plusDays(3);

    @TempDir
    static Path certificates;

    static SSLContext tls;

    @InjectService(timeout = 10_000)
    CollectionRuns runs;

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurationAdmin;

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path work;

    @BeforeAll
    static void certificate() throws Exception {
        tls = SelfSignedCertificate.serverContext(certificates);
    }

    @AfterEach
    void unconfigure() throws Exception {
        EmailHandlerConfiguration.remove(context, configurationAdmin);
    }

    private StrategySet strategies() throws IOException {
        Path folder = Files.createDirectories(work.resolve("strategies"));
        try (InputStream in = getClass().getResourceAsStream("/resources/strategies/email.dun")) {
            Files.copy(in, folder.resolve("email.dun"));
        }
        StrategySet set = loader.load(List.of(folder));
        assertEquals(List.of(), set.diagnostics());
        return set;
    }

    /** Configures the handler for the test server on {@code port}, which may not be up yet. */
    private void configure(int port) throws Exception {
        Path password = Files.writeString(work.resolve("smtp-password"), TestMailServer.PASSWORD);
        EmailHandlerConfiguration.configure(context, configurationAdmin, Map.of("host", "127.0.0.1", "port", port,
                "tls.trust", "127.0.0.1", "user", TestMailServer.USER, "password.file", password.toString(),
                "fault.pause", 0));
    }

    private static Contact contact(String customer, int position, String name, String email, String language) {
        return new Contact(customer, position, name, email, language, List.of("Collections"), position == 1, false);
    }

    private static Invoice invoice(String id, String customer, String amount, String currency) {
        return new Invoice(id, customer, DUE.minusDays(30), DUE, Amount.of(amount, currency),
                Amount.of(amount, currency), InvoiceStatus.OPEN);
    }

    private static void smithAndSons(LedgerLoad load) {
        load.customer(new Customer("C1", "<b>Smith & Sons</b>", "CORP", "SE", "SEK", "sv", null, null, false,
                Map.of()));
        load.contact(contact("C1", 1, "Anna Berg", "anna@smith.example", "sv"));
        load.contact(contact("C1", 2, "Jan Ek", "jan@smith.example", null));
        load.invoice(invoice("I1", "C1", "1200.50", "SEK"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> describe(List<HistoryEntry> entries) {
        return entries.stream().map(e -> e.customerId() + " " + e.actionType() + " " + e.outcome()).toList();
    }

    @Test
    void r16AServerThatIsDownKeepsTheEmailPendingAndTheNextRunSendsItOnce() throws Exception {
        StrategySet set = strategies();
        int port = freePort();
        configure(port);
        try (Ledger ledger = store.open(work.resolve("db").toString())) {
            try (LedgerLoad load = ledger.startOver()) {
                smithAndSons(load);
                load.commit();
            }

            RunReport down = runs.run(set.strategies(), ledger, REMINDER, Progress.NONE);
            assertEquals(List.of("C1 email PENDING"), describe(down.entries()));
            assertTrue(down.entries().get(0).reason().startsWith("cannot connect to the mail server 127.0.0.1:"
                    + port), down.entries().get(0).reason());
            assertEquals(1, ledger.history().pending().size(), "the email waits in the outbox");

            try (TestMailServer server = TestMailServer.start(port, tls)) {
                RunReport up = runs.run(set.strategies(), ledger, REMINDER.plusDays(1), Progress.NONE);
                assertEquals(List.of("C1 email DONE"), describe(up.resumed()), "the outbox is emptied first");
                assertEquals(List.of(), up.entries(), "and nothing is decided twice (R9)");
                assertEquals(List.of("anna@smith.example", "jan@smith.example"), up.resumed().get(0).recipients());
                assertEquals(2, server.received().size());
                assertEquals(List.of(), ledger.history().pending());

                RunReport after = runs.run(set.strategies(), ledger, REMINDER.plusDays(2), Progress.NONE);
                assertEquals(List.of(), after.resumed());
                assertEquals(List.of(), after.entries());
                assertEquals(2, server.received().size(), "exactly once");
                String messageId = Mails.read(server.received().get(0).raw()).header("Message-ID");
                assertEquals("<dunwise." + down.entries().get(0).id() + ".2424a99c12a8@nordlys.example>", messageId,
                        "the action's id, kept from the run that recorded it");
            }
        }
    }

    @Test
    void r30ABounceIsRecordedOnTheContactAndTheStepsLetterReplacesTheEmail() throws Exception {
        StrategySet set = strategies();
        try (TestMailServer server = TestMailServer.start(0, tls);
                Ledger ledger = store.open(work.resolve("db").toString())) {
            server.refuse(recipient -> recipient.startsWith("nobody@") ? Optional.of(new TestMailServer.Refusal(
                    550, "5.1.1 <" + recipient + ">: no such user")) : Optional.empty());
            configure(server.port());
            try (LedgerLoad load = ledger.startOver()) {
                smithAndSons(load);
                load.customer(new Customer("C2", "Ghost AB", "CORP", "SE", "SEK", "sv", null, null, false, Map.of()));
                load.contact(contact("C2", 1, "Nobody", "nobody@ghost.example", "sv"));
                load.invoice(invoice("I2", "C2", "300", "SEK"));
                load.commit();
            }

            RunReport report = runs.run(set.strategies(), ledger, REMINDER, Progress.NONE);

            assertEquals(List.of("C1 email DONE", "C2 email FAILED", "C2 letter PENDING"),
                    describe(report.entries()));
            HistoryEntry email = report.entries().get(1);
            assertTrue(email.reason().startsWith("bounced: nobody@ghost.example (550 5.1.1"), email.reason());
            assertEquals(List.of(true), ledger.customers().contacts("C2").stream().map(Contact::bounced).toList(),
                    "R30: the bounce is on the contact");
            assertEquals(List.of(false, false), ledger.customers().contacts("C1").stream().map(Contact::bounced)
                    .toList());
            HistoryEntry letter = ledger.history().pending().get(0);
            assertEquals("letter", letter.actionType());
            assertEquals(List.of("I2"), letter.invoiceIds());
            assertTrue(letter.reason().startsWith("R30: instead of email " + email.id()), letter.reason());

            // R14, R31 through the run: the Swedish contact reads Swedish, the one without a language the customer's
            assertEquals(List.of("Faktura I1 är förfallen", "Faktura I1 är förfallen"),
                    server.received().stream().map(mail -> {
                        try {
                            return Mails.read(mail.raw()).subject();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }).toList());
            Mails anna = Mails.read(server.received().get(0).raw());
            assertEquals("open-items-C1.xlsx", anna.attachments().get(0).getFileName(), "with { attachment = xlsx }");
            assertTrue(anna.html().contains("&lt;b&gt;Smith &amp; Sons&lt;/b&gt; är skyldig 1\u00a0200,50\u00a0kr"),
                    anna.html());
        }
    }
}
