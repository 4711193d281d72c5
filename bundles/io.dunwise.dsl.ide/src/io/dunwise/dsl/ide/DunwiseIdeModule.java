package io.dunwise.dsl.ide;


/**
 * Guice bindings of the IDE services (content assist, highlighting, language server).
 */
public class DunwiseIdeModule extends AbstractDunwiseIdeModule {
}
