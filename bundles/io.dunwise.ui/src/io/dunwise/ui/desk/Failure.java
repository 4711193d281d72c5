package io.dunwise.ui.desk;

/**
 * What a part says when it cannot show what it should: the failure's reason, in the part itself. A stack trace in
 * the log leaves the agent an empty list and no clue (issue 18 §2: the overdue list stayed empty, without a word,
 * when a sum failed).
 */
public final class Failure {

    private Failure() {
    }

    /** The failure's message, or its kind when it has none. */
    public static String reason(Throwable failure) {
        return failure.getMessage() == null || failure.getMessage().isBlank() ? failure.toString()
                : failure.getMessage();
    }
}
