package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * R14, issue 18 §3 and §3b: a body file lies in the folder of the strategy file that names it (or below), is a
 * regular file and is at most 1 MiB; anything else is refused with its place, before a run could mail it out.
 */
@ExtendWith(ServiceExtension.class)
class BodyFilesTest {

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @TempDir
    Path root;

    private List<String> problems(String bodyFile) {
        Path folder = root.resolve("strategies");
        String text = "email Mail { en subject \"s\" body file \"" + bodyFile + "\" }";
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Files.createDirectories(folder);
            return Strategies.problems(loader, folder.resolve("test.dun"), text);
        });
    }

    private static List<String> outside(String bodyFile) {
        return List.of("1:39 error R14: body file " + bodyFile + " is outside the strategy folder; a body file lies"
                + " in the folder of the strategy file that names it, or below it");
    }

    @Test
    void bodyFilesBesideOrBelowTheStrategyFileAreRead() throws IOException {
        Files.createDirectories(root.resolve("strategies/templates"));
        Files.writeString(root.resolve("strategies/templates/mail.html"), "<p>{{contact.name}}</p>");
        assertEquals(List.of(), problems("templates/mail.html"));
        assertEquals(List.of(), problems("templates/../templates/mail.html"));
    }

    /** issue 18 §3b: /etc/passwd and the process environment were mailed to customers. */
    @Test
    void absolutePathsAndDotDotAreRefused() {
        assertEquals(outside("/etc/passwd"), problems("/etc/passwd"));
        assertEquals(outside("/proc/self/environ"), problems("/proc/self/environ"));
        assertEquals(outside("../../../../etc/passwd"), problems("../../../../etc/passwd"));
        assertEquals(outside("templates/../../secret.html"), problems("templates/../../secret.html"));
    }

    /** issue 18 §3: /dev/zero hung validation and filled memory; /dev/stdin read the language server's input. */
    @Test
    void devicesAreRefusedWithoutBeingRead() throws IOException {
        assertEquals(outside("/dev/zero"), problems("/dev/zero"));
        assertEquals(outside("/dev/stdin"), problems("/dev/stdin"));
        Files.createDirectories(root.resolve("strategies"));
        Files.createSymbolicLink(root.resolve("strategies/zero.html"), Path.of("/dev/zero"));
        assertEquals(List.of("1:39 error R14: body file zero.html is outside the strategy folder; a body file lies in"
                + " the folder of the strategy file that names it, or below it (it leads to /dev/zero)"),
                problems("zero.html"));
    }

    /** A symbolic link inside the folder may not lead out of it. */
    @Test
    void linksOutOfTheFolderAreRefused() throws IOException {
        Files.writeString(root.resolve("secret.html"), "secret");
        Files.createDirectories(root.resolve("strategies"));
        Files.createSymbolicLink(root.resolve("strategies/secret.html"), root.resolve("secret.html"));
        List<String> problems = problems("secret.html");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(outside("secret.html").get(0) + " (it leads to " + root.resolve("secret.html").toRealPath()
                + ")", problems.get(0));
    }

    @Test
    void foldersLargeFilesAndBinariesAreRefused() throws IOException {
        Files.createDirectories(root.resolve("strategies/templates"));
        assertEquals(List.of("1:39 error R14: body file templates is not a regular file"), problems("templates"));
        Files.write(root.resolve("strategies/large.html"), new byte[1024 * 1024 + 1]);
        assertEquals(List.of("1:39 error R14: body file large.html is larger than 1 MiB"), problems("large.html"));
        Files.write(root.resolve("strategies/binary.html"), new byte[] { (byte) 0xC3, (byte) 0x28 });
        assertEquals(List.of("1:39 error R14: body file binary.html is not UTF-8 text"), problems("binary.html"));
    }

    @Test
    void missingBodyFilesSaySo() {
        List<String> problems = problems("nowhere.html");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("1:39 error R14: body file nowhere.html not found (looked for "),
                problems.get(0));
    }
}
