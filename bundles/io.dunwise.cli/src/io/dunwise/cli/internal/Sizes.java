package io.dunwise.cli.internal;

/** Sizes in bytes as people read them. */
final class Sizes {

    private Sizes() {
    }

    static String of(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%,d KiB", (bytes + 1023) / 1024);
        }
        return String.format("%,.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
