package io.dunwise.dsl.ide.editing.internal;

import com.google.inject.Injector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The text in an editor as a resource of the IDE injector, in a resource set with the other strategy files of its
 * context as they are on disk (an unreadable context file is left out: the editor is about the edited one).
 */
final class EditedText {

    private final Injector ide;
    private final Path file;
    private final String text;
    private final List<Path> context;

    EditedText(Injector ide, Path file, String text, List<Path> context) {
        this.ide = ide;
        this.file = file.toAbsolutePath().normalize();
        this.text = text;
        this.context = context;
    }

    /** The text alone, parsed. */
    XtextResource parsed() {
        return load(ide.getInstance(XtextResourceSet.class), file,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text with its context, every reference resolved. */
    XtextResource resolved() {
        XtextResourceSet set = ide.getInstance(XtextResourceSet.class);
        for (Path other : contextFiles()) {
            try (InputStream in = Files.newInputStream(other)) {
                load(set, other, in);
            } catch (IOException | UncheckedIOException e) {
                // left out: the other file is the other editor's business
            }
        }
        XtextResource resource = load(set, file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        EcoreUtil.resolveAll(set);
        return resource;
    }

    private List<Path> contextFiles() {
        return context.stream().flatMap(path -> {
            if (!Files.isDirectory(path)) {
                return Files.isReadable(path) ? Stream.of(path) : Stream.empty();
            }
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(p -> p.toString().endsWith(".dun")).sorted().toList().stream();
            } catch (IOException e) {
                return Stream.empty();
            }
        }).map(p -> p.toAbsolutePath().normalize()).filter(p -> !p.equals(file)).distinct().toList();
    }

    private XtextResource load(XtextResourceSet set, Path path, InputStream content) {
        // created by the IDE injector's own factory: content assist needs the resource of its own grammar
        XtextResource resource = (XtextResource) ide.getInstance(IResourceFactory.class)
                .createResource(URI.createFileURI(path.toString()));
        set.getResources().add(resource);
        try {
            resource.load(content, set.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }
}
