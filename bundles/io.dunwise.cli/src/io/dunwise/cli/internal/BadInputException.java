package io.dunwise.cli.internal;

/** Input the command cannot work with: the message says what and where; nothing was changed. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
