package io.dunwise.actions.email.internal;

import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Addressee;
import io.dunwise.actions.api.Template;
import io.dunwise.actions.text.TemplateText;
import io.dunwise.actions.text.TemplateValues;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One message of an email action, to one addressee (R14, R31): the template's version in the addressee's language,
 * else the customer's, else the template's default; dates and amounts in that language as the customer's country
 * writes them; a plain subject; the body as HTML with every value escaped, and as plain text beside it; optionally
 * the open items as a spreadsheet. Its Message-ID is made from the action and the addressee's address (not their
 * place among the recipients, which a contact added meanwhile would shift), so the one message a crash may repeat is
 * recognisably the same message to mail clients and archives.
 */
final class OutgoingEmail {

    private static final String UTF_8 = "UTF-8";

    /** Who a message is from, and where replies go when that differs. */
    record Sender(String name, String address, String replyTo) {
    }

    private OutgoingEmail() {
    }

    /**
     * The message to {@code to}, one addressee of the action.
     *
     * @throws MessagingException when an address cannot be written into the message
     */
    static MimeMessage compose(Session session, ActionRequest request, Template.Message template, Sender sender,
            Addressee to, boolean withOpenItems, Instant now) throws MessagingException {
        Template.Version version = template.version(Arrays.asList(to.language(), request.customer().language()));
        Locale locale = request.locale(version.language());
        TemplateValues values = TemplateValues.of(request, locale).to(to.name(), to.email());
        String subject = TemplateText.plain(version.subject(), values.plain()).replaceAll("\\s+", " ").strip();
        String html = TemplateText.html(version.body(), values.html());
        String text = PlainText.of(TemplateText.html(version.body(), withTextTable(values.plain())));

        MimeMessage message = new IdentifiedMessage(session, messageId(request.actionId(), to.email(), sender.address()));
        message.setFrom(address(sender.address(), sender.name()));
        if (sender.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(sender.replyTo(), sender.name())});
        }
        message.setRecipient(Message.RecipientType.TO, address(to.email(), to.name()));
        message.setSubject(subject, UTF_8);
        message.setSentDate(Date.from(now));
        message.setHeader("X-Dunwise-Action", request.actionId());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", version.language());

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(text, "text/plain; charset=UTF-8"));
        alternative.addBodyPart(textPart(document(html, version.language()), "text/html; charset=UTF-8"));
        if (!withOpenItems) {
            content(message, alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart texts = new MimeBodyPart();
            content(texts, alternative);
            mixed.addBodyPart(texts);
            MimeBodyPart sheet = new MimeBodyPart();
            sheet.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    OpenItemsSheet.of(request.openInvoices(), request.runDate(), locale), OpenItemsSheet.MEDIA_TYPE)));
            sheet.setFileName(OpenItemsSheet.fileName(request.customerId()));
            sheet.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(sheet);
            content(message, mixed);
        }
        message.saveChanges();
        return message;
    }

    /**
     * An addressee's address as a message names it; a malformed one (which no server will take) is refused here.
     *
     * @throws AddressException when {@code email} is not a valid address
     */
    static InternetAddress address(String email, String name) throws AddressException {
        InternetAddress parsed = new InternetAddress(email, true);
        if (name == null || name.isBlank()) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), name, UTF_8);
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * {@code <dunwise.ACTION.RECIPIENT@sender-domain>}, RECIPIENT being the first 12 hex digits of the SHA-256 of the
     * lower-case address: the same for every attempt at the same message, and no address spelled out in the id.
     */
    static String messageId(String actionId, String recipient, String senderAddress) {
        String domain = senderAddress == null || senderAddress.indexOf('@') < 0 ? ""
                : senderAddress.substring(senderAddress.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<dunwise." + actionId.replaceAll("[^A-Za-z0-9.-]", "") + "." + recipientKey(recipient) + "@"
                + (domain.isEmpty() ? "dunwise.invalid" : domain) + ">";
    }

    private static String recipientKey(String recipient) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(recipient.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** The body as a whole HTML document, unless the template wrote one. */
    static String document(String body, String language) {
        String start = body.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype") || start.startsWith("<html")) {
            return body;
        }
        return "<!DOCTYPE html>\n<html lang=\"" + language.replaceAll("[^A-Za-z0-9-]", "")
                + "\"><head><meta charset=\"utf-8\"></head><body>\n" + body + "\n</body></html>\n";
    }

    /**
     * The values for the plain-text part: the open invoices as the aligned text table, in a {@code <pre>} block
     * that survives the conversion to text, and every other value escaped as in the HTML.
     */
    private static Map<String, Object> withTextTable(Map<String, Object> plainValues) {
        Map<String, Object> values = new HashMap<>(plainValues);
        if (values.get("invoices") instanceof Map<?, ?> invoices) {
            Map<Object, Object> withTable = new HashMap<>(invoices);
            withTable.put("table", "<pre>" + escape(String.valueOf(invoices.get("table"))) + "</pre>");
            values.put("invoices", withTable);
        }
        return values;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static MimeBodyPart textPart(String text, String mimeType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(MailContentHandlers.of(text, mimeType));
        return part;
    }

    private static void content(MimeBodyPart part, MimeMultipart multipart) throws MessagingException {
        part.setDataHandler(MailContentHandlers.of(multipart, multipart.getContentType()));
        multipart.setParent(part);
    }

    private static void content(MimeMessage message, MimeMultipart multipart) throws MessagingException {
        message.setDataHandler(MailContentHandlers.of(multipart, multipart.getContentType()));
        multipart.setParent(message);
    }

    /** Why no message can be written to {@code email}, if none can: a malformed address no server will take. */
    static Optional<String> problem(String email) {
        try {
            new InternetAddress(email, true);
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("not a valid email address: " + e.getMessage());
        }
    }

    /** A message whose Message-ID is given, not made up when it is saved. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String id;

        IdentifiedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
