package io.dunwise.dsl.tests;

import com.google.inject.Injector;
import io.dunwise.model.StrategyFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** Parses, validates, formats and serializes strategy texts in memory with the language's own services. */
final class Strategies {

    private final Injector injector;

    Strategies(Injector injector) {
        this.injector = injector;
    }

    /** Files parsed into one resource set (so they see each other's definitions), by name. */
    List<XtextResource> parse(Map<String, String> files) {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        List<XtextResource> resources = files.entrySet().stream()
                .map(file -> load(set, file.getKey(), file.getValue()))
                .toList();
        EcoreUtil.resolveAll(set);
        return resources;
    }

    XtextResource parse(String text) {
        return parse(Map.of("test.dun", text)).get(0);
    }

    List<Issue> validate(Resource resource) {
        return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    String format(String text) {
        XtextResource resource = parse(text);
        FormatterRequest request = injector.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
                .create());
        request.setAllowIdentityEdits(false);
        IFormatter2 formatter = injector.getInstance(IFormatter2.class);
        var replacements = new java.util.ArrayList<>(formatter.format(request));
        replacements.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
        StringBuilder formatted = new StringBuilder(text);
        replacements.forEach(r -> formatted.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText()));
        return formatted.toString();
    }

    /** The text of a model that was never parsed (no node model), as the serializer writes it. */
    String serialize(StrategyFile file) {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        Resource resource = injector.getInstance(IResourceFactory.class)
                .createResource(URI.createURI("memory:/serialized.dun"));
        set.getResources().add(resource);
        resource.getContents().add(file);
        return injector.getInstance(ISerializer.class).serialize(file, SaveOptions.newBuilder().format().getOptions());
    }

    /** The problems of {@code text} written as {@code file} and loaded by {@code loader}: "line:col severity message". */
    static List<String> problems(io.dunwise.dsl.strategies.StrategySetLoader loader, java.nio.file.Path file,
            String text) {
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loader.load(List.of(file)).diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.severity() + " " + d.message())
                .toList();
    }

    private XtextResource load(XtextResourceSet set, String name, String text) {
        // created by this injector's own factory: the IDE services need the resource of their own grammar
        XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class)
                .createResource(URI.createURI("memory:/" + name));
        set.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    static String text(Resource resource) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            resource.save(out, null);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
