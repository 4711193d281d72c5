package io.dunwise.actions.email.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.AuthenticationHandler;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server on loopback (SubEthaSMTP) as a mail provider's submission port is: STARTTLS required before
 * anything else, then AUTH required. It keeps every message it takes, with its envelope and the user who sent it,
 * and refuses recipients as the test says (a 550 for an address that does not exist, a 450 for one to retry).
 */
final class TestMailServer implements AutoCloseable {

    static final String USER = "dunwise";
    static final String PASSWORD = "s3cret-Pa55";

    /** One message as the server took it. */
    record Mail(String from, List<String> recipients, byte[] raw, String user) {
    }

    /** An SMTP refusal of a recipient: its code and text. */
    record Refusal(int code, String text) {
    }

    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private volatile Function<String, Optional<Refusal>> refusals = recipient -> Optional.empty();
    private final SMTPServer server;

    private TestMailServer(int port, SSLContext tls) {
        this.server = SMTPServer.port(port).bindAddress(InetAddress.getLoopbackAddress()).hostName("localhost")
                .enableTLS().requireTLS().startTlsSocketFactory(tls)
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(TestMailServer::login))
                .requireAuth()
                .messageHandlerFactory(Session::new).build();
    }

    /** Starts a server on {@code port} (0: any free port). */
    static TestMailServer start(int port, SSLContext tls) {
        TestMailServer mailServer = new TestMailServer(port, tls);
        mailServer.server.start();
        return mailServer;
    }

    int port() {
        return server.getPortAllocated();
    }

    List<Mail> received() {
        return List.copyOf(received);
    }

    /** How the server answers RCPT from now on: a refusal for some recipients, the rest taken. */
    void refuse(Function<String, Optional<Refusal>> rule) {
        this.refusals = rule;
    }

    private static void login(String user, String password, MessageContext context) throws LoginFailedException {
        if (!USER.equals(user) || !PASSWORD.equals(password)) {
            throw new LoginFailedException("535 5.7.8 authentication failed");
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One SMTP transaction. */
    private final class Session implements MessageHandler {
        private final MessageContext context;
        private final List<String> recipients = new ArrayList<>();
        private String from;

        Session(MessageContext context) {
            this.context = context;
        }

        @Override
        public void from(String address) {
            this.from = address;
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            Optional<Refusal> refusal = refusals.apply(recipient);
            if (refusal.isPresent()) {
                throw new RejectException(refusal.get().code(), refusal.get().text());
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws IOException {
            byte[] raw = data.readAllBytes();
            String user = context.getAuthenticationHandler().map(AuthenticationHandler::getIdentity)
                    .map(Object::toString).orElse(null);
            received.add(new Mail(from, List.copyOf(recipients), raw, user));
            return null;
        }

        @Override
        public void done() {
            // every message is kept when its data arrives
        }
    }
}
