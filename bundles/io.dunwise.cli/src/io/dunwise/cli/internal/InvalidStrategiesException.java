package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;

/** Strategy files with errors: the command stops before it reads or changes the ledger (exit 1). */
final class InvalidStrategiesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StrategySet set;

    InvalidStrategiesException(StrategySet set) {
        super("the strategies have errors; nothing done");
        this.set = set;
    }

    StrategySet set() {
        return set;
    }
}
