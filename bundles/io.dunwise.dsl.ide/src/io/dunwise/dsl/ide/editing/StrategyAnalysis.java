package io.dunwise.dsl.ide.editing;

import io.dunwise.dsl.strategies.StrategyDiagnostic.Severity;
import java.util.List;

/** What the language finds in an edited text: its problems and how to colour it, both by character offset. */
public record StrategyAnalysis(List<StrategyProblem> problems, List<StrategyHighlight> highlights) {

    public StrategyAnalysis {
        problems = List.copyOf(problems);
        highlights = List.copyOf(highlights);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
    }
}
