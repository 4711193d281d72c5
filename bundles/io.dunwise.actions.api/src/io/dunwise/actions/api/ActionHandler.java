package io.dunwise.actions.api;

import java.util.List;

/**
 * Performs the actions of one action type (R8, R18). Register an implementation as an OSGi service
 * (for example with {@code @Component(service = ActionHandler.class)}); the engine and the strategy
 * validator find every registered handler.
 *
 * <p>The engine records each action in the process history before it calls {@link #perform} (R16), so a
 * handler needs no bookkeeping of its own to avoid duplicates; it reports what happened through the
 * returned {@link ActionOutcome}.
 */
public interface ActionHandler {

    /** The name strategies use for this action type, e.g. {@code activity}, {@code email}, {@code sms}. */
    String type();

    /** What this handler does, in one line, for completion and error messages. */
    String description();

    /** The parameters a step of this type may or must give in its {@code with { … }} block. */
    List<ActionParameter> parameters();

    /** Performs one action. Must not throw for expected failures: return {@link ActionOutcome#failed}. */
    ActionOutcome perform(ActionRequest request);
}
