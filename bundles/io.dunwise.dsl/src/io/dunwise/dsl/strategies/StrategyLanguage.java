package io.dunwise.dsl.strategies;

import com.google.inject.Injector;
import io.dunwise.dsl.actions.ActionTypeCatalog;

/**
 * The strategy language as an OSGi service: its Xtext runtime, set up once, with the action types of the
 * handlers installed right now (R18). The loader, the language server and the editor all use this one instance,
 * so they validate alike.
 */
public interface StrategyLanguage {

    /** The language's runtime services (parser, validator, formatter, serializer). */
    Injector injector();

    /** The action types strategies may use, kept up to date as handler bundles come and go. */
    ActionTypeCatalog actionTypes();
}
