package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Loading the strategy files named on the command line, with unreadable paths reported as bad input. */
final class StrategySets {

    private StrategySets() {
    }

    static StrategySet load(StrategySetLoader loader, List<Path> paths) {
        try {
            StrategySet set = loader.load(paths);
            if (set.files().isEmpty()) {
                throw new BadInputException("no strategy files (*.dun) in " + paths);
            }
            return set;
        } catch (UncheckedIOException e) {
            throw new BadInputException(e.getCause().getMessage());
        }
    }

    /** A strategy set without errors, or the exception that reports them and ends the command with exit 1. */
    static StrategySet valid(StrategySetLoader loader, List<Path> paths) {
        StrategySet set = load(loader, paths);
        if (set.hasErrors()) {
            throw new InvalidStrategiesException(set);
        }
        return set;
    }
}
