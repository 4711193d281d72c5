package io.dunwise.engine.tests;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Handlers for the built-in action types that record what they are asked to do, registered as OSGi services the
 * way a plug-in's are; {@link #close()} takes them away again.
 */
final class RecordingHandlers implements AutoCloseable {

    private final List<ActionRequest> performed = new ArrayList<>();
    private final List<ServiceRegistration<ActionHandler>> registrations = new ArrayList<>();
    private Function<ActionRequest, ActionOutcome> behaviour = request -> ActionOutcome.done("");

    RecordingHandlers(BundleContext context) {
        for (String type : List.of("email", "activity", "letter")) {
            registrations.add(context.registerService(ActionHandler.class, new Recorder(type), null));
        }
    }

    /** What the handlers answer from now on; an exception thrown here stops the run as a crash would. */
    void behave(Function<ActionRequest, ActionOutcome> newBehaviour) {
        this.behaviour = newBehaviour;
    }

    synchronized List<ActionRequest> performed() {
        return List.copyOf(performed);
    }

    @Override
    public void close() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    private final class Recorder implements ActionHandler {
        private final String type;

        Recorder(String type) {
            this.type = type;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public String description() {
            return "records " + type + " actions for a test";
        }

        @Override
        public List<ActionParameter> parameters() {
            return List.of();
        }

        @Override
        public ActionOutcome perform(ActionRequest request) {
            ActionOutcome outcome = behaviour.apply(request);
            if (outcome instanceof ActionOutcome.Done) {
                synchronized (RecordingHandlers.this) {
                    performed.add(request);
                }
            }
            return outcome;
        }
    }
}
