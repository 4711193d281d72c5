package io.dunwise.actions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets named by reference in a handler's configuration. */
class SecretTest {

    @Test
    void aFileGivesTheSecretWithoutItsLineBreak(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("token"), "s3cr3t\n");
        assertEquals(Optional.of("s3cr3t"), Secret.read(Map.of("token.file", file.toString()), "token"));
    }

    @Test
    void anEnvironmentVariableGivesTheSecret() {
        String variable = System.getenv().keySet().stream().filter(name -> !System.getenv(name).isBlank())
                .findFirst().orElseThrow();
        assertEquals(Optional.of(System.getenv(variable)), Secret.read(Map.of("token.env", variable), "token"));
    }

    @Test
    void noReferenceIsNoSecret() {
        assertEquals(Optional.empty(), Secret.read(Map.of("url", "http://x"), "token"));
    }

    @Test
    void aReferenceThatLeadsNowhereSaysWhy(@TempDir Path folder) {
        assertEquals("token.env names the environment variable DUNWISE_NO_SUCH_VARIABLE_42, which is not set",
                assertThrows(IllegalStateException.class,
                        () -> Secret.read(Map.of("token.env", "DUNWISE_NO_SUCH_VARIABLE_42"), "token")).getMessage());
        String missing = folder.resolve("missing").toString();
        assertTrue(assertThrows(IllegalStateException.class,
                () -> Secret.read(Map.of("token.file", missing), "token")).getMessage()
                .startsWith("token.file names " + missing + ", which cannot be read"));
        assertEquals("the configuration gives token.env and token.file; name the secret one way only",
                assertThrows(IllegalStateException.class,
                        () -> Secret.read(Map.of("token.env", "A", "token.file", "/b"), "token")).getMessage());
    }
}
