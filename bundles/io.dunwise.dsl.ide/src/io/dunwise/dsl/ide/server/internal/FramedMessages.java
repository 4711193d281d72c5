package io.dunwise.dsl.ide.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Reads the client's messages ({@code Content-Length: N}, a blank line, N bytes of JSON) and finds its footing again
 * after anything malformed. LSP4J's own reader never does: after one message without a usable header, the body of
 * each message was read as part of the next header line, and the server heard nothing ever again while its process
 * stayed up (issue 18 §3). Here a header line is looked at from its last {@code Content-Length:} on, so the next
 * well-formed message is heard; lines and bodies are bounded, and a message that is not JSON-RPC is reported on one
 * line and skipped.
 */
final class FramedMessages implements MessageProducer, Closeable {

    /** Larger than any strategy file an editor sends, small enough to hold. */
    static final int MAX_CONTENT = 32 * 1024 * 1024;
    /** Of a header line only its end is kept: that is where a usable {@code Content-Length:} is. */
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final String CONTENT_LENGTH = "content-length:";
    private static final Logger LOG = Logger.getLogger(FramedMessages.class.getName());

    private final InputStream input;
    private final MessageJsonHandler json;
    private final MessageIssueHandler issues;
    private volatile boolean listening;

    FramedMessages(InputStream input, MessageJsonHandler json, MessageIssueHandler issues) {
        this.input = input;
        this.json = json;
        this.issues = issues;
    }

    @Override
    public void listen(MessageConsumer consumer) throws JsonRpcException {
        listening = true;
        try {
            while (listening) {
                int length = nextContentLength();
                if (length < 0) {
                    return;
                }
                byte[] content = input.readNBytes(length);
                if (content.length < length) {
                    return;
                }
                deliver(new String(content, StandardCharsets.UTF_8), consumer);
            }
        } catch (IOException e) {
            if (listening) {
                LOG.warning("the client's input failed: " + e);
            }
        } finally {
            listening = false;
        }
    }

    private void deliver(String content, MessageConsumer consumer) {
        try {
            Message message = json.parseMessage(content);
            consumer.consume(message);
        } catch (MessageIssueException e) {
            // a message LSP4J can answer (e.g. a request with bad parameters): it answers it with an error
            issues.handle(e.getRpcMessage(), e.getIssues());
        } catch (RuntimeException | StackOverflowError e) {
            // JSON nested thousands deep overflows the parser's stack: a bad message like any other
            LOG.warning("skipped a message that is not JSON-RPC (" + content.length() + " characters): "
                    + oneLine(e.getMessage()));
        }
    }

    /** The length of the next message's content, after its headers and their blank line; -1 at the end. */
    private int nextContentLength() throws IOException {
        int length = -1;
        while (true) {
            String line = headerLine();
            if (line == null) {
                return -1;
            }
            if (line.isEmpty()) {
                if (length >= 0) {
                    return length;
                }
                continue;
            }
            int at = line.toLowerCase(Locale.ROOT).lastIndexOf(CONTENT_LENGTH);
            if (at >= 0) {
                length = contentLength(line.substring(at + CONTENT_LENGTH.length()).trim());
            }
        }
    }

    private static int contentLength(String value) {
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
            LOG.warning("skipped a message whose Content-Length is not a number: " + oneLine(value));
            return -1;
        }
        long length = Long.parseLong(value);
        if (length > MAX_CONTENT) {
            LOG.warning("skipped a message of " + length + " bytes; at most " + MAX_CONTENT + " are read");
            return -1;
        }
        return (int) length;
    }

    /** One header line without its line break, only its last {@link #MAX_HEADER_LINE} bytes; null at the end. */
    private String headerLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = input.read();
            if (c < 0) {
                return null;
            }
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                line.write(c);
            }
            if (line.size() >= 2 * MAX_HEADER_LINE) {
                byte[] bytes = line.toByteArray();
                line.reset();
                line.write(bytes, bytes.length - MAX_HEADER_LINE, MAX_HEADER_LINE);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replace('\n', ' ').replace('\r', ' ');
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    @Override
    public void close() {
        listening = false;
    }
}
