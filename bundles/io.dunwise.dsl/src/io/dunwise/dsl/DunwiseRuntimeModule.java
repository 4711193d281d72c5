package io.dunwise.dsl;

/** Guice bindings of the strategy language's runtime services, where they differ from the generated ones. */
public class DunwiseRuntimeModule extends AbstractDunwiseRuntimeModule {
}
