package io.dunwise.actions.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Recipient;
import io.dunwise.actions.api.Recipients;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.SalesRep;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handler's decisions that need no mail server; OSGi tests send through a real one. */
class EmailHandlerTest {

    private static final Customer CUSTOMER = new Customer("C1", "Nordlys AB", "CORP", "SE", "SEK", "sv", null, null,
            false, Map.of());
    private static final Contact ANNA = new Contact("C1", 1, "Anna", "anna@nordlys.example", "sv",
            List.of("Collections"), true, false);

    private static ActionRequest.Builder request(Written written) {
        return ActionRequest.builder("9", LocalDate.of(2026, 11, 23), "email", CUSTOMER).step("Corporate", "Reminder")
                .template(OutgoingEmailTest.OVERDUE).contacts(List.of(ANNA)).recipient(Recipient.CUSTOMER, "")
                .records(written);
    }

    private static EmailHandler handler(Map<String, String> configuration, Clock clock) {
        return new EmailHandler(Configurations.settings(configuration), clock);
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void r16AnUnconfiguredHandlerKeepsEveryActionInTheOutbox() {
        ActionOutcome outcome = handler(Map.of(), Clock.systemUTC()).perform(request(new Written()).build());
        assertEquals(ActionOutcome.retryLater("no mail server configured: write io.dunwise.actions.email.cfg with"
                + " host=… (see README)"), outcome);
    }

    @Test
    void r18TheAttachmentParameterIsDeclaredForTheValidator() {
        EmailHandler handler = handler(Map.of(), Clock.systemUTC());
        assertEquals("email", handler.type());
        assertEquals(List.of(ActionParameter.optional("attachment", ActionParameter.Kind.TEXT,
                "\"xlsx\": the customer's open items as a spreadsheet attached to the email")), handler.parameters());
    }

    @Test
    void r14WithoutARecipientTheActionIsUndeliverable() {
        ActionOutcome outcome = handler(Map.of("host", "127.0.0.1"), Clock.systemUTC())
                .perform(request(new Written()).contacts(List.of()).build());
        assertEquals(ActionOutcome.undeliverable(Recipients.NO_RECIPIENT, List.of()), outcome);
    }

    @Test
    void anEmailStepNeedsAnEmailTemplateAndAKnownAttachment() {
        EmailHandler handler = handler(Map.of("host", "127.0.0.1"), Clock.systemUTC());
        Template.Activity call = new Template.Activity("Call", "call", "", 1, "");
        assertInstanceOf(ActionOutcome.Failed.class, handler.perform(request(new Written()).template(call).build()));
        ActionOutcome pdf = handler.perform(request(new Written()).parameters(Map.of("attachment", "pdf")).build());
        assertEquals(ActionOutcome.failed("attachment = \"pdf\" is not known to the email handler; it attaches"
                + " \"xlsx\", the open items as a spreadsheet"), pdf);
    }

    @Test
    void r16AServerThatCannotBeReachedKeepsTheActionAndIsLeftAloneForAWhile() throws IOException {
        int port = closedPort();
        MutableClock clock = new MutableClock();
        EmailHandler handler = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(port), "starttls", "off",
                "fault.pause", "60"), clock);
        Written written = new Written();
        ActionOutcome first = handler.perform(request(written).build());
        assertInstanceOf(ActionOutcome.RetryLater.class, first);
        String reason = ((ActionOutcome.RetryLater) first).reason();
        assertTrue(reason.startsWith("cannot connect to the mail server 127.0.0.1:" + port), reason);

        ActionOutcome meanwhile = handler.perform(request(written).build());
        assertTrue(((ActionOutcome.RetryLater) meanwhile).reason().contains("the server is tried again from"),
                "no connection is tried during the pause: " + meanwhile);

        clock.advance(Duration.ofSeconds(61));
        ActionOutcome later = handler.perform(request(written).build());
        assertTrue(((ActionOutcome.RetryLater) later).reason().startsWith("cannot connect"), later.toString());
        assertEquals(List.of(), written.marks);
        assertEquals(Map.of(), written.bounces);
    }

    @Test
    void r30AMalformedAddressIsABounceWithoutAnyConnection() throws IOException {
        Written written = new Written();
        Contact broken = new Contact("C1", 1, "Broken", "anna at nordlys", "sv", List.of(), true, false);
        ActionOutcome outcome = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(closedPort()),
                "starttls", "off"), Clock.systemUTC()).perform(request(written).contacts(List.of(broken)).build());
        assertInstanceOf(ActionOutcome.Undeliverable.class, outcome);
        assertTrue(written.bounces.get("anna at nordlys").startsWith("not a valid email address"), written.bounces
                .toString());
    }

    @Test
    void r30OnlyTheCustomersAddressesAreRecordedAsBounced() throws IOException {
        Written written = new Written();
        ActionOutcome outcome = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(closedPort()),
                "starttls", "off"), Clock.systemUTC()).perform(request(written)
                        .recipient(Recipient.SALES_GROUP, "")
                        .salesReps(List.of(new SalesRep("SG1", 1, "Rep", "rep at nordlys", true, true))).build());
        assertInstanceOf(ActionOutcome.Undeliverable.class, outcome);
        assertEquals(Map.of(), written.bounces, "a sales rep is no contact of the customer");
    }

    @Test
    void r16ARecipientMarkedSentIsNotWrittenToAgain() throws IOException {
        Written written = new Written();
        written.mark("anna@nordlys.example");
        ActionOutcome outcome = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(closedPort()),
                "starttls", "off"), Clock.systemUTC()).perform(request(written).build());
        assertEquals(ActionOutcome.done("sent to anna@nordlys.example", List.of("anna@nordlys.example")), outcome,
                "nothing left to send, so no connection either");
    }

    @Test
    void issue18aRecipientIsMarkedSendingBeforeItsSmtpTransactionAndSentAfter() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acknowledging()) {
            Written written = new Written();
            ActionOutcome outcome = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(server.port()),
                    "starttls", "off"), Clock.systemUTC()).perform(request(written).build());
            assertEquals(ActionOutcome.done("sent to anna@nordlys.example", List.of("anna@nordlys.example")),
                    outcome);
            assertEquals(List.of("sending:anna@nordlys.example", "anna@nordlys.example"), written.marks);
        }
    }

    @Test
    void issue18aKillInsideTheSmtpTransactionCostsOneCopyWithTheSameMessageId() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.acknowledging()) {
            EmailHandler handler = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(server.port()),
                    "starttls", "off"), Clock.systemUTC());
            Written written = new Written();
            // the server took the message; the process dies before it marks the recipient sent
            written.killedAt = "anna@nordlys.example";
            assertThrows(IllegalStateException.class, () -> handler.perform(request(written).build()));
            assertEquals(List.of("sending:anna@nordlys.example"), written.marks, "durably sending, not sent");

            ActionOutcome again = handler.perform(request(written).build());
            assertEquals(ActionOutcome.done("sent to anna@nordlys.example; " + EmailHandler.AGAIN
                    + "anna@nordlys.example", List.of("anna@nordlys.example")), again,
                    "the outcome names the recipient who may have a copy");
            assertEquals(2, server.messageIds.size(), "one copy for the one kill inside the SMTP transaction");
            assertEquals(server.messageIds.get(0), server.messageIds.get(1), "the copy has the same Message-ID");
            assertEquals("<dunwise.9.a8a3b718b4ff@nordlys.example>", server.messageIds.get(0));

            ActionOutcome third = handler.perform(request(written).build());
            assertEquals(ActionOutcome.done("sent to anna@nordlys.example", List.of("anna@nordlys.example")), third);
            assertEquals(2, server.messageIds.size(), "marked sent: never written to again");
        }
    }

    @Test
    void issue18AServerThatNeverAcknowledgesDataIsPausedAfterTheFirstTimeout() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.silentAfterData()) {
            EmailHandler handler = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(server.port()),
                    "starttls", "off", "timeout.read", "1", "fault.pause", "600"), Clock.systemUTC());
            ActionOutcome first = handler.perform(request(new Written()).build());
            assertInstanceOf(ActionOutcome.RetryLater.class, first);
            assertTrue(((ActionOutcome.RetryLater) first).reason().contains("did not answer in time (1 s)"),
                    first.toString());

            long start = System.nanoTime();
            ActionOutcome second = handler.perform(request(new Written()).build());
            assertTrue(((ActionOutcome.RetryLater) second).reason().contains("the server is tried again from"),
                    second.toString());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(500)) < 0,
                    "the next email waits no timeout");
            assertEquals(1, server.connections(), "the paused server is not tried again");
        }
    }

    @Test
    void issue18TemplateWithoutSenderLeavesTheEmailPendingInsteadOfFailingIt() throws IOException {
        Template.Message anonymous = new Template.Message("Anonymous", Template.Message.Kind.EMAIL, "", null, "en",
                OutgoingEmailTest.OVERDUE.versions(), List.of(), List.of());
        ActionOutcome outcome = handler(Map.of("host", "127.0.0.1", "port", Integer.toString(closedPort()),
                "starttls", "off"), Clock.systemUTC()).perform(request(new Written()).template(anonymous).build());
        assertInstanceOf(ActionOutcome.RetryLater.class, outcome, "issue 18 §5: a configuration error burns no step");
        assertTrue(((ActionOutcome.RetryLater) outcome).reason().startsWith("email template Anonymous names no"
                + " sender address"), outcome.toString());
    }

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T06:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
