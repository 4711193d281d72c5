package io.dunwise.model.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The body file of a template version ({@code body file "templates/overdue.en.html"}, R14, R31): a regular file of at
 * most 1 MiB of UTF-8 text in the folder of the strategy file that names it, or below it. The validator and the run
 * both read body files through {@link #read}, so what {@code validate} accepts is exactly what a run may mail out:
 * never {@code /etc/passwd}, {@code /proc/self/environ}, {@code /dev/zero} or {@code /dev/stdin}, not through
 * {@code ..} and not through a symbolic link that leads out of the folder (issue 18 §3, §3b).
 */
public final class BodyFile {

    /** The largest body file read: a mail body, not a data file. */
    public static final long MAX_BYTES = 1024 * 1024;

    private BodyFile() {
    }

    /** Why a body file is not read: {@link #missing()} when there is no such file, else refused. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean missing;

        Refused(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        public boolean missing() {
            return missing;
        }
    }

    /**
     * The text of the body file {@code written} in the strategy file {@code strategyFile}.
     *
     * @throws Refused when the file does not exist, lies outside the strategy file's folder, is not a regular
     *                 file, is larger than {@link #MAX_BYTES} or is not UTF-8 text
     */
    public static String read(Path strategyFile, String written) throws Refused {
        Path file = locate(strategyFile, written);
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            // bounded: the file may have grown since its size was looked at
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(written);
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("body file " + written + " is not UTF-8 text", false);
        } catch (IOException e) {
            throw new Refused("body file " + written + " cannot be read: " + e.getClass().getSimpleName(), false);
        }
    }

    /**
     * Where the body file {@code written} of {@code strategyFile} is, after every check but reading it.
     *
     * @throws Refused as {@link #read}
     */
    public static Path locate(Path strategyFile, String written) throws Refused {
        String problem = writtenProblem(written);
        if (problem != null) {
            throw new Refused(problem, false);
        }
        Path folder = strategyFile.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            throw new Refused("body file " + written + ": the strategy file has no folder", false);
        }
        Path file = folder.resolve(written).normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("body file " + written + " not found (looked for " + file + ")", true);
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw new Refused(outside(written) + " (it leads to " + real + ")", false);
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new Refused("body file " + written + " is not a regular file", false);
            }
            if (attributes.size() > MAX_BYTES) {
                throw tooLarge(written);
            }
            return real;
        } catch (NoSuchFileException e) {
            throw new Refused("body file " + written + " not found (looked for " + file + ")", true);
        } catch (IOException e) {
            throw new Refused("body file " + written + " cannot be read: " + e.getClass().getSimpleName(), false);
        }
    }

    /**
     * What is wrong with {@code written} whatever folder it is read in, or null: empty, absolute, or leading out of
     * the folder with {@code ..}. This much is checked even where the strategy text is not a file on disk (an
     * editor's unsaved text).
     */
    public static String writtenProblem(String written) {
        if (written == null || written.isBlank()) {
            return "a body file names a file, e.g. body file \"templates/overdue.en.html\"";
        }
        try {
            Path path = Paths.get(written);
            if (path.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
                return outside(written);
            }
            Path normal = path.normalize();
            if (normal.startsWith("..") || normal.toString().isEmpty()) {
                return outside(written);
            }
        } catch (InvalidPathException e) {
            return "body file " + written.replace('\0', ' ') + " is not a file name";
        }
        return null;
    }

    private static String outside(String written) {
        return "R14: body file " + written + " is outside the strategy folder; a body file lies in the folder of the"
                + " strategy file that names it, or below it";
    }

    private static Refused tooLarge(String written) {
        return new Refused("R14: body file " + written + " is larger than 1 MiB", false);
    }
}
