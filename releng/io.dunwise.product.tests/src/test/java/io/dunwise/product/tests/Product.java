package io.dunwise.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A product archive of the build, unpacked afresh into a folder of its own, and its launcher scripts. */
final class Product {

    /** What a finished command printed, and how it ended. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    final Path home;
    final Path work;

    private Product(Path home, Path work) {
        this.home = home;
        this.work = work;
    }

    /** Unpacks {@code <name>-*.tar.gz} from the build's products into a new folder under the test work area. */
    static Product unpack(String name, String testName) throws IOException, InterruptedException {
        Path products = Path.of(System.getProperty("dunwise.products"));
        Path archive;
        try (Stream<Path> files = Files.list(products)) {
            archive = files.filter(p -> p.getFileName().toString().matches(name + "-[0-9].*\\.tar\\.gz"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + name + " archive in " + products));
        }
        Path work = Path.of(System.getProperty("dunwise.work")).resolve(testName);
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        Result untar = run(work, Map.of(), 120, "tar", "xzf", archive.toString(), "-C", work.toString());
        if (untar.exitCode() != 0) {
            throw new IllegalStateException("cannot unpack " + archive + ": " + untar);
        }
        return new Product(work.resolve(name), work);
    }

    /** Starts {@code dunwise args} in the work folder and leaves it running, standard error to {@code stderr}. */
    Process start(Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("dunwise").toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(work.toFile()).redirectError(stderr.toFile()).start();
    }

    /** Starts {@code dunwise args} in the work folder and leaves it running, its output and errors to {@code log}. */
    Process startLogged(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("dunwise").toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    Result dunwise(String... args) throws IOException, InterruptedException {
        return dunwise(Map.of(), args);
    }

    /** Runs {@code dunwise args} with more environment variables. */
    Result dunwise(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("dunwise").toString());
        command.addAll(List.of(args));
        return run(work, environment, 300, command.toArray(String[]::new));
    }

    static Result run(Path directory, Map<String, String> environment, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("dunwise-out", ".txt");
        Path err = Files.createTempFile("dunwise-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        try {
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
