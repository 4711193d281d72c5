package io.dunwise.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.dunwise.dsl.DunwiseRuntimeModule;
import io.dunwise.dsl.DunwiseStandaloneSetup;
import io.dunwise.dsl.actions.ActionTypeCatalog;
import org.eclipse.xtext.util.Modules2;

/** The strategy language with its IDE services, for the language server and editors. */
public class DunwiseIdeSetup extends DunwiseStandaloneSetup {

    private final ActionTypeCatalog actionTypes;

    public DunwiseIdeSetup() {
        this(new ActionTypeCatalog());
    }

    /** The IDE services over the action types that installed handlers add to {@code actionTypes} (R18). */
    public DunwiseIdeSetup(ActionTypeCatalog actionTypes) {
        super(actionTypes);
        this.actionTypes = actionTypes;
    }

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new DunwiseRuntimeModule(actionTypes), new DunwiseIdeModule()));
    }
}
