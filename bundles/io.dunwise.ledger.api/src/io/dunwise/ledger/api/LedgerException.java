package io.dunwise.ledger.api;

/** A change the ledger refuses, such as disputing an unknown invoice; its message is meant for the user. */
public class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
