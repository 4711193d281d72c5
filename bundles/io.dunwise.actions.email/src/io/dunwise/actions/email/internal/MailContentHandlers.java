package io.dunwise.actions.email.internal;

import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.activation.DataHandler;
import java.util.Locale;
import org.eclipse.angus.mail.handlers.multipart_mixed;
import org.eclipse.angus.mail.handlers.text_html;
import org.eclipse.angus.mail.handlers.text_plain;

/**
 * The content handlers a message of this handler needs — plain text, HTML, multipart — named directly. Jakarta
 * Activation's default command map finds them through the thread's class loader and META-INF/mailcap files, which
 * inside OSGi sees neither Angus Mail's mailcap nor its handler classes ("no object DCH for MIME type
 * multipart/mixed"); a data handler with this map writes the message the same way everywhere.
 */
final class MailContentHandlers extends CommandMap {

    private MailContentHandlers() {
    }

    /** A data handler for {@code content} of {@code mimeType} that writes through these handlers. */
    static DataHandler of(Object content, String mimeType) {
        DataHandler handler = new DataHandler(content, mimeType);
        handler.setCommandMap(new MailContentHandlers());
        return handler;
    }

    @Override
    public DataContentHandler createDataContentHandler(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            return new multipart_mixed();
        }
        if (type.startsWith("text/html")) {
            return new text_html();
        }
        if (type.startsWith("text/plain")) {
            return new text_plain();
        }
        return null;
    }

    @Override
    public CommandInfo[] getPreferredCommands(String mimeType) {
        return new CommandInfo[0];
    }

    @Override
    public CommandInfo[] getAllCommands(String mimeType) {
        return new CommandInfo[0];
    }

    @Override
    public CommandInfo getCommand(String mimeType, String cmdName) {
        return null;
    }
}
