package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configuration folder of the headless product ({@code --config}, {@code DUNWISE_CONFIG}, {@code ./dunwise-config}):
 * bad files stop every command with {@code file:line}, secrets are refused in plain text, a file no installed
 * component uses is kept with a warning. That a changed or removed file reaches its component at the next start is
 * shown by {@link WebhookPluginTest}, which has a component to configure.
 */
class PluginConfigTest {

    private static Product product;

    @BeforeAll
    static void unpack() throws Exception {
        product = Product.unpack("dunwise", "plugin-config");
    }

    private static Path folder(String name, String file, String text) throws Exception {
        Path folder = Files.createDirectories(product.work.resolve(name));
        Files.writeString(folder.resolve(file), text);
        return folder;
    }

    @Test
    void aBadFileStopsTheCommandWithItsFileAndLine() throws Exception {
        folder("conf-bad", "io.example.cfg", "url = http://localhost/\n# fine so far\nno separator here\n");
        Product.Result result = product.dunwise("--config", "conf-bad", "plugin", "list");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("conf-bad/io.example.cfg:3: expected key = value, found a line without '='"
                + " or ':'"), result::toString);
    }

    @Test
    void aSecretWrittenInPlainTextIsRefused() throws Exception {
        folder("conf-secret", "io.dunwise.example.webhook.cfg", "url = http://localhost/\npassword = hunter2\n");
        Product.Result result = product.dunwise("--config", "conf-secret", "plugin", "list");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("conf-secret/io.dunwise.example.webhook.cfg:2: \"password\" would put a"
                + " secret in plain text; name it instead: password.env = "), result::toString);
        assertFalse(result.err().contains("hunter2"), "the message does not repeat the secret");
    }

    @Test
    void aFileThatNoInstalledComponentUsesIsKeptWithAWarning() throws Exception {
        folder("conf-unused", "io.example.later.cfg", "url = http://localhost/\n");
        Product.Result given = product.dunwise("--config", "conf-unused", "plugin", "list");
        assertEquals(0, given.exitCode(), given::toString);
        assertTrue(given.err().contains("dunwise: warning: conf-unused/io.example.later.cfg: no installed component"
                + " uses the configuration io.example.later"), given::toString);

        Product.Result fromEnvironment = product.dunwise(Map.of("DUNWISE_CONFIG", "conf-unused"), "plugin", "list");
        assertTrue(fromEnvironment.err().contains("io.example.later.cfg: no installed component"),
                fromEnvironment::toString);

        Product.Result missing = product.dunwise("--config", "no-such-folder", "plugin", "list");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("the configuration folder no-such-folder does not exist"), missing::toString);
    }
}
