package io.dunwise.engine;

/** Told how far long work has come: customers done out of all. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> {
    };

    void advance(long done, long total);
}
