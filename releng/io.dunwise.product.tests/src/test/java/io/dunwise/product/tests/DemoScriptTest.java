package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, {@code ./demo}, on the products this build made ({@code --skip-build}): it must run to
 * its end with the emails in the local mailbox and the letters as PDFs. Every command it calls has tests of its own;
 * this one catches what only their sequence shows (a handler configuration the demo writes that a command refuses).
 */
class DemoScriptTest {

    @Test
    void theDemoRunsToItsEndWithEmailsAndLetters() throws Exception {
        Path repository = Path.of(System.getProperty("dunwise.repository"));
        Path out = Path.of(System.getProperty("dunwise.work")).resolve("demo-script");
        Product.Result demo = Product.run(repository, Map.of(), 900, "bash", repository.resolve("demo").toString(),
                "--skip-build", "--customers", "60", "--as-of", "2026-11-22", "--out", out.toString());
        assertEquals(0, demo.exitCode(), demo::toString);
        assertTrue(demo.out().contains("emails arrived"), demo::toString);
        assertTrue(demo.out().contains("collection letters as PDF"), demo::toString);
        assertTrue(count(out.resolve("mailbox"), ".eml") > 0, "the run's emails in the mailbox");
        assertTrue(count(out.resolve("letters"), ".pdf") > 0, "the run's letters as PDFs");
        assertFalse(demo.err().contains("Exception"), demo::toString);
    }

    private static long count(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
