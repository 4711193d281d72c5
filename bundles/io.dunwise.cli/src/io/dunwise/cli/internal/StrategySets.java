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
}
