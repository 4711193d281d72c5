package io.dunwise.actions.email.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A message as a mail reader sees it: headers, the plain and HTML texts, and the attachments, read from its bytes
 * with Jakarta Mail (multiparts parsed from their data sources, so no content handler lookup is needed).
 */
record Received(MimeMessage message, String text, String html, List<BodyPart> attachments) {

    static Received of(MimeMessage sent) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sent.writeTo(bytes);
        return of(bytes.toByteArray());
    }

    static Received of(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        List<String> texts = new ArrayList<>(List.of("", ""));
        List<BodyPart> attachments = new ArrayList<>();
        collect(message, texts, attachments);
        return new Received(message, texts.get(0), texts.get(1), attachments);
    }

    private static void collect(MimePart part, List<String> texts, List<BodyPart> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            MimeMultipart multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            for (int i = 0; i < multipart.getCount(); i++) {
                collect((MimePart) multipart.getBodyPart(i), texts, attachments);
            }
        } else if (part.getFileName() != null) {
            attachments.add((BodyPart) part);
        } else if (part.isMimeType("text/plain")) {
            texts.set(0, text(part));
        } else if (part.isMimeType("text/html")) {
            texts.set(1, text(part));
        }
    }

    /** A text part's text, its line ends as Java writes them. */
    private static String text(MimePart part) throws MessagingException, IOException {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    String header(String name) throws MessagingException {
        return message.getHeader(name, ", ");
    }

    byte[] attachment(int index) throws MessagingException, IOException {
        return attachments.get(index).getInputStream().readAllBytes();
    }
}
