package io.dunwise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code <pid>.cfg} files of {@code --config}: properties, every problem as file:line, no literal secrets. */
class ConfigFileTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String problem(String name, String text) throws IOException {
        Path file = write(name, text);
        return assertThrows(BadInputException.class, () -> ConfigFile.read(file)).getMessage()
                .replace(file.toString(), name);
    }

    @Test
    void aFileIsTheConfigurationOfThePidItIsNamedAfter() throws IOException {
        ConfigFile file = ConfigFile.read(write("io.dunwise.example.webhook.cfg", """
                # where notices go
                url = https://hooks.example.com/dunwise
                ! another comment
                timeout: 5
                token.env = WEBHOOK_TOKEN
                description = a long \\
                    line
                """));
        assertEquals("io.dunwise.example.webhook", file.pid());
        assertEquals(Map.of("url", "https://hooks.example.com/dunwise", "timeout", "5", "token.env", "WEBHOOK_TOKEN",
                "description", "a long line"), file.properties());
        assertEquals(64, file.digest().length());
    }

    @Test
    void theDigestChangesWithTheContent() throws IOException {
        String before = ConfigFile.read(write("a.cfg", "url = http://one\n")).digest();
        assertNotEquals(before, ConfigFile.read(write("a.cfg", "url = http://two\n")).digest());
    }

    @Test
    void badLinesAreNamedByFileAndLine() throws IOException {
        assertEquals("a.cfg:2: expected key = value, found a line without '=' or ':'",
                problem("a.cfg", "url = x\njust words\n"));
        assertEquals("a.cfg:1: a key is missing before '='", problem("a.cfg", "= value\n"));
        assertEquals("a.cfg:3: \"url\" is given twice (first on line 1)", problem("a.cfg", "url = a\n\nurl = b\n"));
        assertEquals("a.cfg:1: bad escape: Malformed \\uxxxx encoding.", problem("a.cfg", "url = \\u12\n"));
        assertEquals("a.cfg:2: not UTF-8 text", problemOfBytes("a.cfg", "url = a\nname = \u00ff\n"));
        assertEquals("a.cfg:1: \"dunwise.config.digest\" is set by Dunwise and the framework, not by a file",
                problem("a.cfg", "dunwise.config.digest = 0\n"));
    }

    private String problemOfBytes(String name, String latin1) throws IOException {
        Path file = Files.write(folder.resolve(name), latin1.getBytes(StandardCharsets.ISO_8859_1));
        return assertThrows(BadInputException.class, () -> ConfigFile.read(file)).getMessage()
                .replace(file.toString(), name);
    }

    @Test
    void aSecretIsGivenByReferenceNeverInPlainText() throws IOException {
        assertEquals("a.cfg:2: \"token\" would put a secret in plain text; name it instead: token.env ="
                + " ENVIRONMENT_VARIABLE or token.file = /path/to/file", problem("a.cfg", "url = x\ntoken = abc\n"));
        assertEquals("a.cfg:1: \"smtp.Password\" would put a secret in plain text; name it instead: smtp.Password.env"
                + " = ENVIRONMENT_VARIABLE or smtp.Password.file = /path/to/file", problem("a.cfg", "smtp.Password=x\n"));
        assertEquals("b.cfg:1", problem("b.cfg", "secret: s3cr3t\n").substring(0, 7));
        assertEquals(Map.of("token.file", "/run/secrets/hook", "password.env", "PW"),
                ConfigFile.read(write("c.cfg", "token.file = /run/secrets/hook\npassword.env = PW\n")).properties());
    }

    @Test
    void everyKeyThatNamesASecretIsRefusedAndNoMessageShowsTheSecret() throws IOException {
        // issue 18 §3b: "password hunter2" echoed the secret; smtp_password=, passwd= and "password\ =" passed
        for (String line : new String[] {"password hunter2", "smtp_password=hunter2", "smtp_password=", "passwd=",
            "password\\ =", "password\\ = hunter2", "mail.smtpPassword: hunter2", "apiKey = hunter2",
            "client-secret=hunter2", "auth_token hunter2", "db.pwd=hunter2", "private.key = hunter2"}) {
            String message = problem("s.cfg", "url = x\n" + line + "\n");
            assertTrue(message.startsWith("s.cfg:2: \""), line + " → " + message);
            assertTrue(message.contains("would put a secret in plain text"), line + " → " + message);
            assertFalse(message.contains("hunter2"), line + " → " + message);
        }
        assertEquals("s.cfg:1: expected key = value, found a line without '=' or ':'", problem("s.cfg", "hunter2\n"));
        assertEquals(Map.of("smtp_password.env", "PW", "passwd.file", "/run/secrets/pw", "tokens.limit.env", "X"),
                ConfigFile.read(write("r.cfg", "smtp_password.env = PW\npasswd.file = /run/secrets/pw\n"
                        + "tokens.limit.env = X\n")).properties());
        assertEquals(Map.of("passage", "x", "tokenizer.mode", "y", "folder", "letters"),
                ConfigFile.read(write("n.cfg", "passage = x\ntokenizer.mode = y\nfolder = letters\n")).properties());
    }

    @Test
    void aControlCharacterInAValueIsRefusedOnItsLine() throws IOException {
        // issue 18 §3b: a NUL in the letter folder broke the letter handler and printed a stack trace
        assertEquals("l.cfg:2: \"folder\" holds a control character (like NUL or ESC); keys and values are text",
                problem("l.cfg", "sender.name = Dunwise\nfolder = /tmp/let\u0000ters\n"));
        assertEquals("l.cfg:1: \"folder\" holds a control character (like NUL or ESC); keys and values are text",
                problem("l.cfg", "folder = /tmp/let\\u0000ters\n"));
        assertEquals("l.cfg:1: \"fo?lder\" holds a control character (like NUL or ESC); keys and values are text",
                problem("l.cfg", "fo\u001blder = x\n"));
    }

    @Test
    void aValueMayHaveLinesAsAnAddressHas() throws IOException {
        // the demo's letter sender: `\n` in a properties value is a line break, the one control character allowed
        ConfigFile file = ConfigFile.read(write("io.dunwise.actions.letter.cfg",
                "sender.address = Box 123\\n111 22 Stockholm\n"));
        assertEquals(Map.of("sender.address", "Box 123\n111 22 Stockholm"), file.properties());
        assertEquals("l.cfg:1: \"folder\" holds a control character (like NUL or ESC); keys and values are text",
                problem("l.cfg", "folder = a\\rb\n"));
    }

    @Test
    void aFileNameThatIsNoPidIsRefused() throws IOException {
        assertEquals("my hook.cfg:1: \"my hook\" is not a configuration PID (letters, digits, '.', '_', '-')",
                problem("my hook.cfg", "url = x\n"));
    }
}
