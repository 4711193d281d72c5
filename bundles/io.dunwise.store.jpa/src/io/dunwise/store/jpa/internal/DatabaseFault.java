package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.LedgerException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A database that failed under the ledger — stopped, unreachable, read-only, full, in use by another command —
 * told in one line that says what happened and what to do (issue 18), with no password in it. The drivers' own
 * messages run over several lines (H2 adds the statement and "Possible solutions"), and the exceptions that carry
 * them hold a JDBC URL; a person needs neither.
 */
final class DatabaseFault {

    // H2's error codes (org.h2.api.ErrorCode), by number: the store must not depend on H2's internals to read them
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_DATABASE_IS_READ_ONLY = 90097;
    private static final int H2_DATABASE_IS_CLOSED = 90098;
    private static final int H2_FILE_NOT_FOUND = 90124;

    private DatabaseFault() {
    }

    /**
     * {@code failure} as a {@link LedgerException} of one line if a database fault caused it; otherwise
     * {@code failure} itself (a refusal of the ledger's rules, a bug), which is not the database's to explain.
     */
    static RuntimeException of(LedgerDatabase database, RuntimeException failure) {
        if (failure instanceof UncheckedIOException) {
            // a file of the caller's failed inside a repository call (a letter's PDF printed while its posting is
            // open, issue 18 §1), not the database: the caller tells it (a letter folder that cannot be written)
            return failure;
        }
        SQLException sql = cause(failure, SQLException.class);
        if (cause(failure, Told.class) != null
                || sql == null && !mentionsFullDisk(failure) && cause(failure, ConnectException.class) == null) {
            // told already (a run that stopped on a fault passes through the ledger's walk), or no database's
            return failure;
        }
        String where = database.display();
        String reason = reason(database, sql != null ? sql : failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql == null ? 0 : sql.getErrorCode();
        String message;
        if (mentionsFullDisk(failure) || state.equals("53100")) {
            message = "the disk of the ledger " + where + " is full: what could not be recorded was not done; free "
                    + "some space and run the command again";
        } else if (database.folder() == null ? false : code == H2_DATABASE_ALREADY_OPEN) {
            message = "another Dunwise command is using the ledger " + where + " (file "
                    + database.folder().resolve(LedgerDatabase.FILE) + "); wait until it ends, then try again";
        } else if (code == H2_DATABASE_ALREADY_OPEN) {
            message = "another program is using the ledger " + where + "; wait until it ends, then try again";
        } else if (code == H2_DATABASE_IS_READ_ONLY || state.equals("25006") || reason.toLowerCase(Locale.ROOT)
                .contains("read-only") || reason.toLowerCase(Locale.ROOT).contains("read only")) {
            message = "the ledger " + where + " is read-only: nothing was changed; make it writable (its folder and "
                    + "files, or the database user's rights) and run the command again";
        } else if (code == H2_DATABASE_IS_CLOSED) {
            message = "the database of the ledger " + where + " stopped (" + reason + "); check that its disk is "
                    + "writable and has room, then run the command again";
        } else if (state.startsWith("08") || cause(failure, ConnectException.class) != null) {
            message = "cannot reach the database " + where + " (" + reason + "); check that the server is running "
                    + "and that host and port are right";
        } else if (state.startsWith("28")) {
            message = "the database " + where + " refused the login (" + reason + "); check the user and password "
                    + "(in the URL, or DUNWISE_DB_USER and DUNWISE_DB_PASSWORD)";
        } else if (state.equals("3D000") || code == H2_FILE_NOT_FOUND) {
            message = "the database " + where + " does not exist (" + reason + "); create it, or name another "
                    + "with --db";
        } else {
            message = "the database of the ledger " + where + " failed: " + reason;
        }
        return new Told(database.hide(message), failure);
    }

    /** A database address its driver cannot read (a port that is no number, a bad {@code %} escape). */
    static LedgerException badAddress(LedgerDatabase database, IllegalArgumentException failure) {
        return new Told(database.hide("the database address " + database.display() + " is not valid ("
                + reason(database, failure) + "); write it as jdbc:postgresql://host:port/database"), failure);
    }

    /**
     * {@code target} behind a proxy of its interface that reports database faults with {@link #of}: every
     * repository of a ledger, so that a fault reads the same whichever query meets it.
     */
    static <T> T reported(Class<T> type, T target, LedgerDatabase database) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw of(database, failure);
                }
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** The driver's reason in one line: its first line, without H2's statement and error-code suffixes. */
    private static String reason(LedgerDatabase database, Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest
                && (deepest.getMessage() == null || deepest instanceof InvocationTargetException)) {
            deepest = deepest.getCause();
        }
        String text = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        String line = text.lines().findFirst().orElse("").strip();
        line = line.replaceAll("\\s*\\[\\d{5}-\\d+]\\s*$", "").replaceAll("; SQL statement:.*$", "");
        if (line.endsWith(".") || line.endsWith(";")) {
            line = line.substring(0, line.length() - 1);
        }
        return database.hide(line);
    }

    private static boolean mentionsFullDisk(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk full")
                    || message.contains("not enough space")) {
                return true;
            }
        }
        return false;
    }

    /** A fault put in words here: whoever wraps it has the words, and it is not told again. */
    private static final class Told extends LedgerException {

        private static final long serialVersionUID = 1L;

        Told(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static <E extends Throwable> E cause(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && type.isInstance(
                    sql.getNextException())) {
                return type.cast(sql.getNextException());
            }
        }
        return null;
    }
}
