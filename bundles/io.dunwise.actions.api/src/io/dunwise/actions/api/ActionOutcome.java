package io.dunwise.actions.api;

import java.util.Objects;

/**
 * What became of an action (R16): done, failed for a reason that retrying will not fix, or to be retried by
 * a later run (for example when the mail server is down).
 */
public sealed interface ActionOutcome {

    /** The outcome as the process history and {@code --format json} write it. */
    String label();

    static ActionOutcome done(String detail) {
        return new Done(detail);
    }

    static ActionOutcome failed(String reason) {
        return new Failed(reason);
    }

    static ActionOutcome retryLater(String reason) {
        return new RetryLater(reason);
    }

    /** The action had its effect; {@code detail} says what (an activity id, a message id, a letter number). */
    record Done(String detail) implements ActionOutcome {
        public Done {
            detail = detail == null ? "" : detail;
        }

        @Override
        public String label() {
            return "done";
        }
    }

    /** The action cannot be performed, e.g. {@code no-recipient}; recorded and not retried silently. */
    record Failed(String reason) implements ActionOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String label() {
            return "failed: " + reason;
        }
    }

    /** A passing fault; the action stays pending and a later run performs it. */
    record RetryLater(String reason) implements ActionOutcome {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String label() {
            return "retry: " + reason;
        }
    }
}
