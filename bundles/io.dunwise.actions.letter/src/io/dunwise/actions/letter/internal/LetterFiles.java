package io.dunwise.actions.letter.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where letters are written: {@code letter-NUMBER-CUSTOMER.pdf} in the configured folder (issue 18 §1). A letter is
 * first printed to its partial file {@code .letter-NUMBER-CUSTOMER.pdf.part} and forced to disk while the transaction
 * that numbers and posts it is open; once that commits, the partial file is {@linkplain #publish published} under the
 * letter's name. A crash before the commit leaves a partial file whose number the ledger never posted (the number
 * goes to the next letter); a crash after it leaves a partial file the action, handed over again, publishes. Whoever
 * publishes letter N removes every other file of number N: a letter renumbered after a crash leaves no second PDF.
 */
final class LetterFiles {

    private static final String PARTIAL = ".part";

    private final Path folder;

    LetterFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    /** The file of letter {@code number} to {@code customerId}; characters unsafe in file names become '_'. */
    Path file(long number, String customerId) {
        return folder.resolve(prefix(number) + customerId.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
    }

    /** Where {@code file} is printed before its letter is posted; hidden, so no one prints a letter not posted. */
    static Path partial(Path file) {
        return file.resolveSibling("." + file.getFileName() + PARTIAL);
    }

    /** Prints {@code file}'s partial file whole, forced to disk, replacing an earlier one. */
    void printPartial(Path file, Content content) throws IOException {
        Files.createDirectories(folder);
        Path partial = partial(file);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            // the posting commits after this returns: what it says is printed must survive a power cut
            channel.force(true);
        }
    }

    /**
     * Gives the posted letter of {@code file} its name: its partial file when there is one, else, when the file is
     * not there either (the folder was cleared), {@code content} printed again. Then removes every other file of the
     * same number, left by a transaction that numbered a letter and did not commit.
     */
    Path publish(Path file, long number, Content content) throws IOException {
        Path partial = partial(file);
        if (Files.exists(partial)) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.exists(file)) {
            printPartial(file, content);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        removeOthers(file, number);
        return file;
    }

    private void removeOthers(Path file, long number) throws IOException {
        try (DirectoryStream<Path> sameNumber = Files.newDirectoryStream(folder, "{" + prefix(number) + "*.pdf,."
                + prefix(number) + "*.pdf" + PARTIAL + "}")) {
            for (Path other : sameNumber) {
                if (!other.equals(file)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static String prefix(long number) {
        return "letter-" + number + "-";
    }

    /** What is written into a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
