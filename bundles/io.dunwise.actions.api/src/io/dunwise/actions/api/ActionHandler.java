package io.dunwise.actions.api;

import java.util.List;

/**
 * Performs the actions of one action type (R8, R18). Register an implementation as an OSGi service
 * (for example with {@code @Component(service = ActionHandler.class)}); the engine and the strategy
 * validator find every registered handler.
 *
 * <p>The engine records each action in the process history before it calls {@link #perform} (R16) and records
 * the returned {@link ActionOutcome} after it. A run killed between a handler's effect and that record hands the
 * same action over again, with the same {@link ActionRequest#actionId()}: what a handler writes through
 * {@link ActionRecords} is kept once per action, and a handler that talks to an outside system passes the id on
 * as an idempotency key.
 */
public interface ActionHandler {

    /** The name strategies use for this action type, e.g. {@code activity}, {@code email}, {@code sms}. */
    String type();

    /** What this handler does, in one line, for completion and error messages. */
    String description();

    /** The parameters a step of this type may or must give in its {@code with { … }} block. */
    List<ActionParameter> parameters();

    /**
     * Performs one action. Must not throw for expected failures: return {@link ActionOutcome#failed}, or
     * {@link ActionOutcome#retryLater} for a passing fault (a thrown exception is taken as one).
     */
    ActionOutcome perform(ActionRequest request);
}
