package io.dunwise.actions.email.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain SMTP server on loopback (no TLS, no login) for the handler's unit tests: it keeps the Message-ID of every
 * message it takes, and can be told to take a message's data but never acknowledge it, as a broken server does
 * (issue 18 §1).
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final boolean acknowledgeData;
    private final AtomicInteger connections = new AtomicInteger();
    /** The Message-ID of each message whose data arrived whole, acknowledged or not. */
    final List<String> messageIds = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private ScriptedSmtpServer(boolean acknowledgeData) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.acknowledgeData = acknowledgeData;
        this.acceptor = Thread.ofVirtual().start(this::accept);
    }

    /** A server that acknowledges every message. */
    static ScriptedSmtpServer acknowledging() throws IOException {
        return new ScriptedSmtpServer(true);
    }

    /** A server that takes each message's data and never answers after it. */
    static ScriptedSmtpServer silentAfterData() throws IOException {
        return new ScriptedSmtpServer(false);
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(java.util.Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250 scripted");
                    case "DATA" -> {
                        reply(out, "354 go on");
                        String messageId = null;
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (messageId == null && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                messageId = data.substring(11).strip();
                            }
                        }
                        messageIds.add(messageId);
                        if (!acknowledgeData) {
                            // hold the line open and say nothing until the client gives up
                            while (in.readLine() != null) {
                                // ignored
                            }
                            return;
                        }
                        reply(out, "250 taken");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException dropped) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}
