package io.dunwise.dsl.scoping;

/**
 * Scoping of the strategy language. Names are global: a strategy may use a pool or template defined in another
 * file of the same strategy set (every file of the set is loaded into one resource set).
 */
public class DunwiseScopeProvider extends AbstractDunwiseScopeProvider {
}
