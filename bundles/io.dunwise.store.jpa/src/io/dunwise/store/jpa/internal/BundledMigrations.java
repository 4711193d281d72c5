package io.dunwise.store.jpa.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The SQL migrations in this bundle's {@code db/migration} folder, listed through the OSGi bundle itself. Flyway's
 * own class-path scanning finds nothing inside a bundle (it reports "No migrations found"), so the store hands
 * Flyway its scripts.
 */
final class BundledMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration";

    private final List<BundledScript> scripts = new ArrayList<>();

    BundledMigrations() {
        Bundle bundle = FrameworkUtil.getBundle(BundledMigrations.class);
        Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*.sql", false);
        if (entries != null) {
            Collections.list(entries).forEach(url -> scripts.add(new BundledScript(url)));
        }
    }

    boolean isEmpty() {
        return scripts.isEmpty();
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(script -> script.getFilename().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(script -> script.getFilename().startsWith(prefix))
                .filter(script -> Arrays.stream(suffixes).anyMatch(script.getFilename()::endsWith))
                .map(LoadableResource.class::cast)
                .toList();
    }

    /** One script, read from the bundle when Flyway runs it. */
    private static final class BundledScript extends LoadableResource {

        private final URL url;
        private final String filename;

        BundledScript(URL url) {
            this.url = url;
            String path = url.getPath();
            this.filename = path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the migration " + filename, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + "/" + filename;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
