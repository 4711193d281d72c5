package io.dunwise.dsl.strategies;

import io.dunwise.model.Parameters;
import io.dunwise.model.Pool;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import io.dunwise.model.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        return elements(Strategy.class);
    }

    /** The test blocks of every file (R32). */
    public List<TestCase> tests() {
        return elements(TestCase.class);
    }

    /** The customer pools of every file (R1, R2). */
    public List<Pool> pools() {
        return elements(Pool.class);
    }

    /** The set's parameters block (R25), if a file has one; validation allows one per set. */
    public Optional<Parameters> parameters() {
        return elements(Parameters.class).stream().findFirst();
    }

    /** The elements of one kind of every file, in file order. */
    public <T> List<T> elements(Class<T> type) {
        return contents.stream()
                .flatMap(file -> file.getElements().stream())
                .filter(type::isInstance)
                .map(type::cast)
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
