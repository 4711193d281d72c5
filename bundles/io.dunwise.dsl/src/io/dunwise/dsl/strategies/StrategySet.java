package io.dunwise.dsl.strategies;

import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import io.dunwise.model.TestCase;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

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

    /** The test blocks of every file (R32). */
    public List<TestCase> tests() {
        return contents.stream()
                .flatMap(file -> file.getElements().stream())
                .filter(TestCase.class::isInstance)
                .map(TestCase.class::cast)
                .toList();
    }

    /** Where an element of the set was written, as {@code file:line}, the form editors and CI logs understand. */
    public String where(EObject element) {
        int index = contents.indexOf(EcoreUtil.getRootContainer(element));
        String file = index < 0 ? "?" : files.get(index).toString();
        ICompositeNode node = NodeModelUtils.getNode(element);
        return node == null ? file : file + ":" + node.getStartLine();
    }
}
