package io.dunwise.store.flyway;

/**
 * Names this fragment's package, so that the store can import it and is resolved only with the fragment attached
 * to Flyway: without it, every migration fails inside OSGi (see the bundle's README).
 */
public final class FlywayImports {

    /** Why the fragment exists, for a reader of the running framework's bundles. */
    public static final String PURPOSE = "org.flywaydb.core uses Gson without importing it";

    private FlywayImports() {
    }
}
