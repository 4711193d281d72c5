package io.dunwise.aging;

/** A pool or an agent named by the user that the strategy files do not have; the message says which they have. */
public final class UnknownPoolOrAgent extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownPoolOrAgent(String message) {
        super(message);
    }
}
