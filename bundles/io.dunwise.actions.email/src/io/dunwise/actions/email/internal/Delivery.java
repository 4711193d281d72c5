package io.dunwise.actions.email.internal;

/** What became of one message to one addressee. */
sealed interface Delivery {

    /** The server took the message for the addressee. */
    record Sent() implements Delivery {
    }

    /** The server refused the addressee for good (5xx at RCPT), or the address is malformed: a bounce (R30). */
    record Bounced(String reply) implements Delivery {
    }

    /** The server refused the message itself for good (5xx after DATA): the same message would be refused again. */
    record Refused(String reply) implements Delivery {
    }

    /** A passing refusal or fault (4xx, a dropped connection): the action is tried again by a later run. */
    record Deferred(String reason) implements Delivery {
    }

    /**
     * The server cannot be used now — unreachable, the login or TLS failed, the sender is refused — so no message
     * of any action gets through until it is up or the configuration is fixed; the handler pauses.
     */
    record ServerFault(String reason) implements Delivery {
    }
}
