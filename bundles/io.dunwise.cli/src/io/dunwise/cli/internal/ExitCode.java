package io.dunwise.cli.internal;

/** The command line's exit codes (architecture.md). */
final class ExitCode {
    /** Done, nothing wrong. */
    static final int OK = 0;
    /** The work found problems: invalid strategies, failed actions. */
    static final int PROBLEMS = 1;
    /** Bad usage or bad input. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
