package io.dunwise.actions.api;

import java.util.List;
import java.util.Objects;

/**
 * What became of an action (R16): done, failed for a reason that retrying will not fix, undeliverable on its
 * channel (the engine may fall back to a letter, R30), or to be retried by a later run (for example when the mail
 * server is down). Done and failed outcomes name the recipients written to, for the process history.
 */
public sealed interface ActionOutcome {

    /** The outcome as the process history and {@code --format json} write it. */
    String label();

    static ActionOutcome done(String detail) {
        return new Done(detail, List.of());
    }

    static ActionOutcome done(String detail, List<String> recipients) {
        return new Done(detail, recipients);
    }

    static ActionOutcome failed(String reason) {
        return new Failed(reason, List.of());
    }

    static ActionOutcome failed(String reason, List<String> recipients) {
        return new Failed(reason, recipients);
    }

    static ActionOutcome undeliverable(String reason, List<String> recipients) {
        return new Undeliverable(reason, recipients);
    }

    static ActionOutcome retryLater(String reason) {
        return new RetryLater(reason);
    }

    /** The action had its effect; {@code detail} says what (an activity id, a message id, a letter number). */
    record Done(String detail, List<String> recipients) implements ActionOutcome {
        public Done {
            detail = detail == null ? "" : detail;
            recipients = List.copyOf(recipients);
        }

        @Override
        public String label() {
            return "done";
        }
    }

    /** The action cannot be performed, e.g. {@code no-recipient}; recorded and not retried silently. */
    record Failed(String reason, List<String> recipients) implements ActionOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            recipients = List.copyOf(recipients);
        }

        @Override
        public String label() {
            return "failed: " + reason;
        }
    }

    /**
     * The channel cannot reach the customer, e.g. no contact has a deliverable email address or every address
     * bounced (R14, R30). Recorded as failed; a step that names a fallback gets a letter instead.
     */
    record Undeliverable(String reason, List<String> recipients) implements ActionOutcome {
        public Undeliverable {
            Objects.requireNonNull(reason, "reason");
            recipients = List.copyOf(recipients);
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
