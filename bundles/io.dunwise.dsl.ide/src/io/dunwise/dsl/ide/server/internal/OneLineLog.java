package io.dunwise.dsl.ide.server.internal;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The language server's log on standard error, one line per event: LSP4J logs a bad request or notification from
 * the client with its whole stack trace, which an editor shows its user (issue 18 §3: never a stack trace). What
 * failed and why is kept; where in the code it failed is not.
 */
final class OneLineLog extends Handler {

    /** Held here: java.util.logging keeps its loggers only as long as someone does. */
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j.jsonrpc");
    private static final Logger SERVER = Logger.getLogger(OneLineLog.class.getPackageName());
    private static final int LONGEST = 500;

    private final Formatter messages = new SimpleFormatter();

    /** Makes the loggers of LSP4J and of this server write one line per event; once is enough. */
    static synchronized void install() {
        for (Logger logger : new Logger[] { LSP4J, SERVER }) {
            for (Handler handler : logger.getHandlers()) {
                if (handler instanceof OneLineLog) {
                    return;
                }
            }
            logger.setUseParentHandlers(false);
            logger.addHandler(new OneLineLog());
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = messages.formatMessage(record);
        if (record.getThrown() != null && (message == null || !message.contains(String.valueOf(
                record.getThrown().getMessage())))) {
            message = message + ": " + record.getThrown();
        }
        String line = String.valueOf(message).replace('\r', ' ').replace('\n', ' ');
        // looked up on every event: a test or the command line may have set another standard error since
        System.err.println(record.getLevel() + ": " + (line.length() <= LONGEST ? line
                : line.substring(0, LONGEST) + "…"));
    }

    @Override
    public void flush() {
        System.err.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
