package io.dunwise.dsl.strategies;

import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The strategy files read together (a strategy may use a pool or template of another file), with every problem
 * found in them.
 */
public record StrategySet(List<Path> files, List<StrategyFile> contents, List<StrategyDiagnostic> diagnostics) {

    public StrategySet {
        files = List.copyOf(files);
        contents = List.copyOf(contents);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == StrategyDiagnostic.Severity.ERROR);
    }

    public List<Strategy> strategies() {
        return contents.stream()
                .flatMap(file -> file.getElements().stream())
                .filter(Strategy.class::isInstance)
                .map(Strategy.class::cast)
                .toList();
    }
}
