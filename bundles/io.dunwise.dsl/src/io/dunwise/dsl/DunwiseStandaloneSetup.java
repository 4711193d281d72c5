package io.dunwise.dsl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.dunwise.dsl.actions.ActionTypeCatalog;

/** Sets the strategy language up outside Eclipse's extension registry (command line, tests, OSGi services). */
public class DunwiseStandaloneSetup extends DunwiseStandaloneSetupGenerated {

    private final ActionTypeCatalog actionTypes;

    /** The language with its built-in action types only. */
    public DunwiseStandaloneSetup() {
        this(new ActionTypeCatalog());
    }

    /** The language with the action types that installed handlers add to {@code actionTypes} (R18). */
    public DunwiseStandaloneSetup(ActionTypeCatalog actionTypes) {
        this.actionTypes = actionTypes;
    }

    @Override
    public Injector createInjector() {
        return Guice.createInjector(new DunwiseRuntimeModule(actionTypes));
    }

    public static void doSetup() {
        new DunwiseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
