package io.dunwise.dsl.strategies.internal;

import com.google.inject.Injector;
import io.dunwise.actions.api.ActionHandler;
import io.dunwise.dsl.DunwiseStandaloneSetup;
import io.dunwise.dsl.actions.ActionTypeCatalog;
import io.dunwise.dsl.strategies.StrategyLanguage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Sets the strategy language up once and follows the installed action handlers (R18). */
@Component(service = StrategyLanguage.class)
public class XtextStrategyLanguage implements StrategyLanguage {

    private final ActionTypeCatalog actionTypes = new ActionTypeCatalog();
    private final Injector injector;

    @Activate
    public XtextStrategyLanguage() {
        XtextLogging.toStandardError();
        this.injector = new DunwiseStandaloneSetup(actionTypes).createInjectorAndDoEMFRegistration();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(ActionHandler handler) {
        actionTypes.add(handler);
    }

    void removeHandler(ActionHandler handler) {
        actionTypes.remove(handler);
    }

    @Override
    public Injector injector() {
        return injector;
    }

    @Override
    public ActionTypeCatalog actionTypes() {
        return actionTypes;
    }
}
