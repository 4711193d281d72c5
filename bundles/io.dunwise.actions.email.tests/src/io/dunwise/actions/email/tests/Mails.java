package io.dunwise.actions.email.tests;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * A received message as a mail reader sees it, read back with Jakarta Mail: headers, plain and HTML text,
 * attachments. Inside OSGi Jakarta Mail finds its stream provider through the thread's context class loader, so
 * reading runs with Angus Mail's; multiparts are parsed from their data sources, which needs no content handler.
 */
record Mails(MimeMessage message, String text, String html, List<BodyPart> attachments) {

    static Mails read(byte[] raw) throws MessagingException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw));
            List<String> texts = new ArrayList<>(List.of("", ""));
            List<BodyPart> attachments = new ArrayList<>();
            collect(message, texts, attachments);
            return new Mails(message, texts.get(0), texts.get(1), attachments);
        } finally {
            thread.setContextClassLoader(previous);
        }
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

    private static String text(MimePart part) throws MessagingException, IOException {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    String header(String name) throws MessagingException {
        return message.getHeader(name, ", ");
    }

    /** The subject, decoded. */
    String subject() throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            return message.getSubject();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The bytes of an attachment, decoded. */
    byte[] attachment(int index) throws MessagingException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            return attachments.get(index).getInputStream().readAllBytes();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
