package io.dunwise.dsl.strategies.internal;

import com.google.inject.Injector;
import io.dunwise.dsl.strategies.StrategyDiagnostic;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.dsl.strategies.StrategyLanguage;
import io.dunwise.model.StrategyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Loads strategy files with the Xtext runtime of the strategy language into one resource set. */
@Component(service = StrategySetLoader.class)
public class XtextStrategySetLoader implements StrategySetLoader {

    private final Injector injector;

    @Activate
    public XtextStrategySetLoader(@Reference StrategyLanguage language) {
        this.injector = language.injector();
    }

    @Override
    public StrategySet load(List<Path> paths) {
        List<Path> files = paths.stream().flatMap(XtextStrategySetLoader::strategyFiles).toList();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        List<Resource> resources = new ArrayList<>();
        for (Path file : files) {
            resources.add(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
        }
        EcoreUtil.resolveAll(resourceSet);
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        List<StrategyDiagnostic> diagnostics = new ArrayList<>();
        List<StrategyFile> contents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Resource resource = resources.get(i);
            List<StrategyDiagnostic> found = new ArrayList<>();
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                found.add(diagnostic(files.get(i), issue));
            }
            found.sort(Comparator.comparingInt(StrategyDiagnostic::line).thenComparingInt(StrategyDiagnostic::column));
            diagnostics.addAll(found);
            resource.getContents().stream()
                    .filter(StrategyFile.class::isInstance)
                    .map(StrategyFile.class::cast)
                    .forEach(contents::add);
        }
        return new StrategySet(files, contents, diagnostics);
    }

    private static StrategyDiagnostic diagnostic(Path file, Issue issue) {
        StrategyDiagnostic.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> StrategyDiagnostic.Severity.ERROR;
            case WARNING -> StrategyDiagnostic.Severity.WARNING;
            default -> StrategyDiagnostic.Severity.INFO;
        };
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        return new StrategyDiagnostic(file, line, column, severity, issue.getMessage());
    }

    private static Stream<Path> strategyFiles(Path path) {
        if (!Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                throw new UncheckedIOException(new IOException(path + ": no such file"));
            }
            return Stream.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.toString().endsWith(".dun")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
