package io.dunwise.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A mailbox on this machine for demos and for trying templates: an SMTP server on the loopback interface only, with
 * neither TLS nor login (nothing leaves the machine), that takes every message for any address and keeps each as an
 * {@code .eml} file any mail program opens. It delivers nothing onwards.
 */
final class LocalMailbox implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** One message as the mailbox kept it. */
    record Arrival(LocalDateTime time, String from, List<String> to, String subject, Path file) {

        private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        /**
         * The line the console prints for it: time, sender, recipients, subject, with no control character (a
         * subject is the sender's text, and ESC or CR in it would drive the terminal).
         */
        String line() {
            return TerminalText.of(SHOWN_TIME.format(time) + "  " + from + " -> " + String.join(", ", to) + "  "
                    + subject);
        }
    }

    private final Path folder;
    private final Consumer<Arrival> arrivals;
    private final Clock clock;
    private final AtomicInteger count = new AtomicInteger();
    private final SMTPServer server;

    private LocalMailbox(int port, Path folder, Consumer<Arrival> arrivals, Clock clock) {
        this.folder = folder;
        this.arrivals = arrivals;
        this.clock = clock;
        this.server = SMTPServer.port(port).bindAddress(InetAddress.getLoopbackAddress()).hostName("localhost")
                .softwareName("Dunwise mailbox").messageHandlerFactory(Transaction::new).build();
    }

    /**
     * Listens on {@code port} of the loopback interface (0: any free port) and keeps messages in {@code folder}.
     *
     * @throws IOException when the folder cannot be made
     * @throws BadInputException when the port is taken
     */
    static LocalMailbox start(int port, Path folder, Consumer<Arrival> arrivals, Clock clock) throws IOException {
        Files.createDirectories(folder);
        LocalMailbox mailbox = new LocalMailbox(port, folder, arrivals, clock);
        try {
            mailbox.server.start();
        } catch (RuntimeException e) {
            throw new BadInputException("the mailbox cannot listen on port " + port + " (" + e.getMessage()
                    + "); choose another with --port, or --port 0 for any free one");
        }
        return mailbox;
    }

    int port() {
        return server.getPortAllocated();
    }

    /** How many messages arrived since the mailbox started. */
    int count() {
        return count.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Keeps a message: the envelope as Return-Path and Delivered-To headers, then the message as it came. */
    private Arrival keep(String from, List<String> to, byte[] message) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        int number = count.incrementAndGet();
        ByteArrayOutputStream file = new ByteArrayOutputStream(message.length + 200);
        file.writeBytes(("Return-Path: <" + from + ">\r\n").getBytes(StandardCharsets.UTF_8));
        for (String recipient : to) {
            file.writeBytes(("Delivered-To: " + recipient + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        file.writeBytes(message);
        Path target = folder.resolve(FILE_TIME.format(now) + String.format(Locale.ROOT, "-%04d.eml", number));
        Path partial = Files.createTempFile(folder, ".arriving-", ".tmp");
        Files.write(partial, file.toByteArray());
        // a reader of the folder sees whole messages only
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Arrival(now, from, to, subject(message), target);
    }

    /** The message's subject, decoded; empty when it has none. */
    static String subject(byte[] message) {
        String text = new String(message, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String headers = (end < 0 ? text : text.substring(0, end)).replaceAll("\r?\n[ \t]+", " ");
        for (String line : headers.split("\r?\n")) {
            if (line.regionMatches(true, 0, "Subject:", 0, 8)) {
                return EncodedWords.decode(line.substring(8).strip());
            }
        }
        return "";
    }

    /** One SMTP transaction: any sender, any recipient. */
    private final class Transaction implements MessageHandler {
        private final List<String> recipients = new ArrayList<>();
        private String from = "";

        Transaction(MessageContext context) {
            // every client on this machine may deliver
        }

        @Override
        public void from(String address) {
            this.from = address;
        }

        @Override
        public void recipient(String recipient) {
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws IOException {
            try {
                arrivals.accept(keep(from, List.copyOf(recipients), data.readAllBytes()));
            } catch (IOException | UncheckedIOException e) {
                throw new IOException("the mailbox cannot keep the message in " + folder + ": " + e.getMessage(), e);
            }
            return null;
        }

        @Override
        public void done() {
            // the message was kept when its data arrived
        }
    }
}
