package io.dunwise.actions.letter.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where letters are written: {@code letter-NUMBER-CUSTOMER.pdf} in the configured folder. A letter is written to a
 * temporary file beside its name and moved over it, so a letter rendered again (an action handed over again, R16)
 * replaces the file whole and a reader never sees half a letter.
 */
final class LetterFiles {

    private final Path folder;

    LetterFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    /** The file of letter {@code number} to {@code customerId}; characters unsafe in file names become '_'. */
    Path file(long number, String customerId) {
        return folder.resolve("letter-" + number + "-" + customerId.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
    }

    /** Writes a file whole through {@code content}, replacing an earlier version of it. */
    Path write(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        // not Files.createTempFile, whose files only their owner may read: letters are for whoever prints them
        Path partial = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().threadId() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** What is written into a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
