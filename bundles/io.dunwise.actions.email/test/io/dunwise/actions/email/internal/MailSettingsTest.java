package io.dunwise.actions.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handler's configuration (R14: mail is sent through SMTP): secure defaults, secrets by reference only, and a
 * configuration that cannot work named as the reason the actions wait in the outbox (R16).
 */
class MailSettingsTest {

    @Test
    void withoutAHostTheHandlerIsNotConfiguredAndSaysWhatToWrite() {
        MailSettings settings = Configurations.settings(Map.of());
        assertEquals(Optional.of("no mail server configured: write io.dunwise.actions.email.cfg with host=… (see"
                + " README)"), settings.problem());
        assertFalse(settings.hasHost());
    }

    @Test
    void aWorkingConfigurationHasNoProblemAndSecureDefaults() {
        MailSettings settings = Configurations.settings(Map.of("host", "smtp.example.com", "user", "ar",
                "password.env", "SMTP_PASSWORD"));
        assertEquals(Optional.empty(), settings.problem());
        Properties session = settings.sessionProperties();
        assertEquals("587", session.getProperty("mail.smtp.port"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.required"), "STARTTLS is required by default");
        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertEquals("true", session.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals(null, session.getProperty("mail.smtp.ssl.trust"), "the JDK's trust store unless told");
        assertEquals("10000", session.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("true", session.getProperty("mail.smtp.sendpartial"), "a refused copy does not stop the rest");
    }

    @Test
    void starttlsOptionalOrOffAndTrustedHosts() {
        Properties optional = Configurations.settings(Map.of("host", "mail.test", "starttls", "optional",
                "tls.trust", "mail.test")).sessionProperties();
        assertEquals("true", optional.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", optional.getProperty("mail.smtp.starttls.required"));
        assertEquals("mail.test", optional.getProperty("mail.smtp.ssl.trust"));
        Properties off = Configurations.settings(Map.of("host", "127.0.0.1", "starttls", "off"))
                .sessionProperties();
        assertEquals("false", off.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", off.getProperty("mail.smtp.auth"));
    }

    @Test
    void aPasswordIsNeverAValueOfTheConfiguration() {
        assertTrue(Configurations.settings(Map.of("host", "smtp.example.com", "user", "ar", "password", "hunter2"))
                .problem().orElseThrow().contains("the configuration writes a password; name it with password.env"));
        assertTrue(Configurations.settings(Map.of("host", "smtp.example.com", "user", "ar")).problem()
                .orElseThrow().contains("user is set but no password"));
        assertTrue(Configurations.settings(Map.of("host", "smtp.example.com", "user", "ar", "password.env", "A",
                "password.file", "/b")).problem().orElseThrow().contains("name the password one way only"));
    }

    @Test
    void aPasswordGoesInClearOnlyToThisMachine() {
        assertTrue(Configurations.settings(Map.of("host", "smtp.example.com", "starttls", "off", "user", "ar",
                "password.env", "P")).problem().orElseThrow()
                .contains("starttls=off would send the password in clear"));
        assertEquals(Optional.empty(), Configurations.settings(Map.of("host", "localhost", "starttls", "off",
                "user", "ar", "password.env", "P")).problem());
    }

    @Test
    void badValuesAreNamed() {
        String problem = Configurations.settings(Map.of("host", "h", "starttls", "maybe", "bcc", "not an address"))
                .problem().orElseThrow();
        assertTrue(problem.contains("starttls is 'maybe'; write required, optional or off"), problem);
        assertTrue(problem.contains("bcc is not a valid email address"), problem);
    }

    @Test
    void thePasswordIsReadWhenNeededAndItsAbsenceNamesTheVariableOnly(@TempDir Path folder) throws IOException {
        String variable = System.getenv().keySet().stream().filter(name -> !System.getenv(name).isBlank())
                .findFirst().orElseThrow();
        assertEquals(System.getenv(variable), Configurations.settings(Map.of("host", "h", "user", "u",
                "password.env", variable)).password());
        MailSettings unset = Configurations.settings(Map.of("host", "h", "user", "u", "password.env",
                "DUNWISE_NO_SUCH_VARIABLE_42"));
        assertEquals("password.env names the environment variable DUNWISE_NO_SUCH_VARIABLE_42, which is not set",
                assertThrows(IllegalStateException.class, unset::password).getMessage());
        Path file = Files.writeString(folder.resolve("password"), "from-a-file\n");
        MailSettings fromFile = Configurations.settings(Map.of("host", "h", "user", "u", "password.file",
                file.toString()));
        assertEquals("from-a-file", fromFile.password());
        assertFalse(fromFile.toString().contains("from-a-file"));
    }

    @Test
    void withoutConfigurationTheEnvironmentConfiguresTheHandler() {
        Map<String, String> environment = Map.of("DUNWISE_EMAIL_HOST", "127.0.0.1", "DUNWISE_EMAIL_PORT", "2525",
                "DUNWISE_EMAIL_STARTTLS", "off", "DUNWISE_EMAIL_TLS_TRUST", "127.0.0.1");
        MailSettings settings = MailSettings.fromEnvironment(environment::get);
        assertEquals(Optional.empty(), settings.problem());
        assertEquals("2525", settings.sessionProperties().getProperty("mail.smtp.port"));
        assertEquals("127.0.0.1", settings.sessionProperties().getProperty("mail.smtp.ssl.trust"));
        assertEquals("DUNWISE_EMAIL_PASSWORD_FILE", MailSettings.environmentName("password.file"));
    }
}
