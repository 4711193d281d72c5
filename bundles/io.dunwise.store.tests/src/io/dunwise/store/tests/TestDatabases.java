package io.dunwise.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The databases the store is tested on: embedded H2 always, PostgreSQL when {@code DUNWISE_TEST_POSTGRES} names
 * a server (a JDBC URL whose role may create databases). Every test gets a database of its own.
 */
final class TestDatabases {

    static final String POSTGRES = System.getenv("DUNWISE_TEST_POSTGRES");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDatabases() {
    }

    /** The kinds of database to run each test on. */
    static Stream<String> kinds() {
        if (POSTGRES == null || POSTGRES.isBlank()) {
            System.err.println("DUNWISE_TEST_POSTGRES is not set: the store tests run on H2 only");
            return Stream.of("h2");
        }
        return Stream.of("h2", "postgresql");
    }

    /** A new, empty database of that kind: a folder for H2, a JDBC URL for PostgreSQL. */
    static String fresh(String kind, Path work) throws SQLException {
        String name = "dunwise_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        if (kind.equals("h2")) {
            return work.resolve(name).toString();
        }
        try (Connection admin = new org.postgresql.Driver().connect(POSTGRES, new Properties());
                Statement statement = admin.createStatement()) {
            statement.executeUpdate("create database " + name);
        }
        int query = POSTGRES.indexOf('?');
        String base = query < 0 ? POSTGRES : POSTGRES.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : POSTGRES.substring(query));
    }
}
