package io.dunwise.actions.email.internal;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * One SMTP connection, logged in, that sends the messages of an action one by one and says for each what the server
 * made of it. The transport is Angus Mail's SMTP transport, made directly: Jakarta Mail's provider lookup does not
 * see it inside OSGi.
 */
final class SmtpConnection implements AutoCloseable {

    /** At most this much of a server's reply goes into a reason: replies are free text. */
    private static final int REPLY_LENGTH = 300;

    private final MailSettings settings;
    private final SMTPTransport transport;

    private SmtpConnection(MailSettings settings, SMTPTransport transport) {
        this.settings = settings;
        this.transport = transport;
    }

    /** The server cannot be used now; the reason says why and never holds the password. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String reason) {
            super(reason);
        }
    }

    /**
     * Connects to the configured server, with STARTTLS as configured, and logs in when a user is configured; the
     * password is read now.
     */
    static SmtpConnection open(Session session, MailSettings settings) throws Unusable {
        SMTPTransport transport = new SMTPTransport(session, new URLName("smtp", settings.host(), settings.port(),
                null, null, null));
        SmtpConnection connection = new SmtpConnection(settings, transport);
        connection.connect();
        return connection;
    }

    private void connect() throws Unusable {
        String user = settings.user().orElse(null);
        String password;
        try {
            password = user == null ? null : settings.password();
        } catch (IllegalStateException e) {
            throw new Unusable("cannot log in to the mail server " + where() + ": " + e.getMessage());
        }
        try {
            transport.connect(settings.host(), settings.port(), user, password);
        } catch (AuthenticationFailedException e) {
            throw new Unusable("the mail server " + where() + " refused the login of " + user + ": "
                    + reply(e.getMessage()) + "; fix user and password.env or password.file of "
                    + EmailConfiguration.PID);
        } catch (MessagingException e) {
            throw new Unusable(connectionProblem(e));
        }
    }

    /** Sends {@code message} to {@code to} (and a blind copy to {@code bcc}, when given). */
    Delivery send(MimeMessage message, InternetAddress to, Optional<InternetAddress> bcc) {
        Address[] envelope = bcc.map(copy -> new Address[] {to, copy}).orElse(new Address[] {to});
        try {
            if (!transport.isConnected()) {
                connect();
            }
            transport.sendMessage(message, envelope);
            return new Delivery.Sent();
        } catch (Unusable e) {
            return new Delivery.ServerFault(e.getMessage());
        } catch (SMTPSenderFailedException e) {
            String refusal = "the mail server " + where() + " refuses the sender " + e.getAddress() + ": "
                    + reply(e.getMessage());
            return e.getReturnCode() >= 500 ? new Delivery.ServerFault(refusal + "; set from= in "
                    + EmailConfiguration.PID + " or the template's sender address")
                    : new Delivery.Deferred(refusal);
        } catch (SendFailedException e) {
            return recipientRefused(e, to);
        } catch (MessagingException e) {
            if (cause(e, SocketTimeoutException.class).isPresent()) {
                // a server that takes the message but never acknowledges it would cost the read timeout for every
                // email of the run (issue 18 §1): it is left alone like one that cannot be reached
                return new Delivery.ServerFault("the mail server " + where() + " did not answer in time ("
                        + settings.readTimeout().toSeconds() + " s) while taking a message: " + describe(e));
            }
            return new Delivery.Deferred("the mail server " + where() + " broke off: " + describe(e));
        }
    }

    /** What a refusal means for {@code to}; a refused blind copy does not undo a delivery to {@code to}. */
    private Delivery recipientRefused(SendFailedException e, InternetAddress to) {
        if (contains(e.getValidSentAddresses(), to)) {
            return new Delivery.Sent();
        }
        Optional<SMTPAddressFailedException> refusal = addressFailure(e, to);
        if (contains(e.getInvalidAddresses(), to)) {
            String reply = refusal.map(failure -> reply(failure.getMessage())).orElse(reply(e.getMessage()));
            return new Delivery.Bounced(reply);
        }
        if (refusal.isPresent()) {
            return new Delivery.Deferred("the mail server " + where() + " refused " + to.getAddress() + " for now: "
                    + reply(refusal.get().getMessage()));
        }
        String reply = reply(e.getMessage());
        if (e instanceof SMTPSendFailedException failed && failed.getReturnCode() >= 500) {
            return new Delivery.Refused(reply);
        }
        return new Delivery.Deferred("the mail server " + where() + " did not take the message: " + reply);
    }

    private static Optional<SMTPAddressFailedException> addressFailure(MessagingException e, InternetAddress to) {
        Exception next = e;
        while (next instanceof MessagingException messaging) {
            if (messaging instanceof SMTPAddressFailedException failure
                    && failure.getAddress().getAddress().equalsIgnoreCase(to.getAddress())) {
                return Optional.of(failure);
            }
            next = messaging.getNextException();
        }
        return Optional.empty();
    }

    private static boolean contains(Address[] addresses, InternetAddress wanted) {
        return addresses != null && Arrays.stream(addresses).anyMatch(address -> address instanceof InternetAddress a
                && a.getAddress().equalsIgnoreCase(wanted.getAddress()));
    }

    private String connectionProblem(MessagingException e) {
        if (e instanceof MailConnectException) {
            return "cannot connect to the mail server " + where() + ": " + describe(e);
        }
        if (cause(e, SSLException.class).isPresent()) {
            return "TLS with the mail server " + where() + " failed: " + describe(e)
                    + "; a test server's self-signed certificate is trusted when tls.trust names its host";
        }
        if (cause(e, SocketTimeoutException.class).isPresent()) {
            return "the mail server " + where() + " did not answer in time";
        }
        return "the mail server " + where() + " cannot be used: " + describe(e);
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** An exception in one line: its message, and its cause's when that says more. */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + " (" + cause.getMessage() + ")";
        }
        return reply(message);
    }

    /** A server's reply or an exception's message in one line, not too long to record. */
    static String reply(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= REPLY_LENGTH ? line : line.substring(0, REPLY_LENGTH) + "…";
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the messages are sent or not; a failing QUIT changes neither
        }
    }
}
