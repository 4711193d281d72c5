package io.dunwise.cli.internal;

import io.dunwise.ledger.api.Passwords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

/**
 * How a command that failed is told: one line on stderr, {@code dunwise: what happened}, with every password of a
 * database address masked ({@link Passwords}). A database fault the store did not put in words (a driver's
 * exception reaching the command line) is one line too, and bad input (exit 2), as the issue 18 asks: its trace
 * helps no one who runs the command. Only a failure that is no database's (a bug) keeps its stack trace, masked.
 */
final class CommandFailure {

    private CommandFailure() {
    }

    /** The database fault in {@code failure}'s causes, if there is one: a driver's {@link SQLException}. */
    static boolean isDatabaseFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The line for a database fault: the first line of the innermost message that says something. */
    static String databaseFault(Throwable failure) {
        String reason = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        String line = reason == null ? failure.getClass().getSimpleName()
                : reason.lines().findFirst().orElse("").strip();
        return Passwords.masked("dunwise: the database failed: " + line + "; check --db and that the database is "
                + "running, writable and has room");
    }

    /** One line for a message meant for the user; a message of several lines keeps them, masked. */
    static String message(Throwable failure) {
        return Passwords.masked("dunwise: " + failure.getMessage());
    }

    /** A failure no one foresaw: its class and message, then its stack trace, every password masked. */
    static String unexpected(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return Passwords.masked("dunwise: " + failure + System.lineSeparator() + trace);
    }
}
