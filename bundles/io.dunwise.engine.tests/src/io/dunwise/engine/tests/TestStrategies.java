package io.dunwise.engine.tests;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The strategy files of resources/strategies, copied to a folder and loaded as the command line would. */
final class TestStrategies {

    private TestStrategies() {
    }

    static StrategySet load(StrategySetLoader loader, Path work) throws IOException {
        Path folder = work.resolve("strategies");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            for (String name : List.of("setup.dun", "strategies.dun")) {
                try (InputStream in = TestStrategies.class.getResourceAsStream("/resources/strategies/" + name)) {
                    Files.copy(in, folder.resolve(name));
                }
            }
        }
        StrategySet set = loader.load(List.of(folder));
        if (set.hasErrors()) {
            throw new IllegalStateException("the test strategies have errors: " + set.diagnostics());
        }
        return set;
    }
}
