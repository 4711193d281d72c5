package io.dunwise.dsl.strategies;

import java.nio.file.Path;
import java.util.List;

/** Reads and validates strategy files ({@code *.dun}); a folder stands for every strategy file under it. */
public interface StrategySetLoader {

    /** @throws java.io.UncheckedIOException when a path cannot be read */
    StrategySet load(List<Path> paths);
}
