package io.dunwise.actions.email.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * After the server could not be reached or refused the handler (its login, TLS, the sender), the handler leaves it
 * alone for a while: every action of a run would otherwise wait out the same connection timeout, thousands of times
 * over, or repeat a failing login until the server locks the account. Meanwhile actions wait in the outbox with the
 * fault as their reason.
 */
final class ServerPause {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private Instant until;
    private String reason;

    ServerPause(Clock clock) {
        this.clock = clock;
    }

    /** Why the handler does not try the server now, if it does not. */
    synchronized Optional<String> current() {
        if (until == null || !clock.instant().isBefore(until)) {
            return Optional.empty();
        }
        return Optional.of(reason + " (the server is tried again from "
                + TIME.format(until.atZone(ZoneId.systemDefault())) + ")");
    }

    /** Pauses after {@code fault}; a pause of zero length does not pause. */
    synchronized void start(String fault, Duration length) {
        if (length.isZero()) {
            return;
        }
        this.until = clock.instant().plus(length);
        this.reason = fault;
    }
}
