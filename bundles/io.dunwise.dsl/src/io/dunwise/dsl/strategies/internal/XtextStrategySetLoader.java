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
import java.nio.file.attribute.BasicFileAttributes;
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

    /** Far more than any strategy set needs; a file beyond it is not a strategy file. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Injector injector;

    @Activate
    public XtextStrategySetLoader(@Reference StrategyLanguage language) {
        this.injector = language.injector();
    }

    @Override
    public StrategySet load(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<StrategyDiagnostic> diagnostics = new ArrayList<>();
        for (Path file : paths.stream().flatMap(XtextStrategySetLoader::strategyFiles).toList()) {
            String problem = notReadable(file);
            if (problem == null) {
                files.add(file);
            } else {
                diagnostics.add(new StrategyDiagnostic(file, 1, 1, StrategyDiagnostic.Severity.ERROR, problem));
            }
        }
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        List<Resource> resources = new ArrayList<>();
        for (Path file : files) {
            resources.add(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
        }
        EcoreUtil.resolveAll(resourceSet);
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
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

    /**
     * Why {@code file} is not read as a strategy file, or null: a device or a pipe named {@code *.dun} would be read
     * for ever, a huge file would fill the memory (issue 18 §3).
     */
    private static String notReadable(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return "not a regular file; a strategy file is a text file of at most 16 MiB";
            }
            if (attributes.size() > MAX_BYTES) {
                return "larger than 16 MiB; a strategy file is a text file of at most 16 MiB";
            }
            return null;
        } catch (IOException e) {
            return "cannot be read: " + e.getClass().getSimpleName();
        }
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
