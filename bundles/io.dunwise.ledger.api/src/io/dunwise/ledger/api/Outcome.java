package io.dunwise.ledger.api;

/** What became of one action of a run (R16). */
public enum Outcome {
    /** Written to the history, its outside effect not yet confirmed: the outbox. */
    PENDING,
    DONE,
    FAILED,
    SKIPPED
}
