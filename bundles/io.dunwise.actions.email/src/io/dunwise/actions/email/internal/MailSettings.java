package io.dunwise.actions.email.internal;

import io.dunwise.actions.api.Secret;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The SMTP server the handler sends through, checked once when the configuration arrives: a configuration that
 * cannot work names its problem, and every action then waits in the outbox with that problem as its reason until an
 * admin fixes it (nothing is lost). The password is read from its environment variable or file each time the
 * handler logs in, and never kept, logged or written into a reason.
 */
final class MailSettings {

    /** The prefix of the environment variables read when Configuration Admin has no configuration. */
    static final String ENVIRONMENT_PREFIX = "DUNWISE_EMAIL_";

    static final String NOT_CONFIGURED = "no mail server configured: write " + EmailConfiguration.PID
            + ".cfg with host=… (see README)";

    /** Whether the handler insists on TLS before it sends anything (the password included). */
    enum StartTls {
        REQUIRED, OPTIONAL, OFF;

        static Optional<StartTls> parse(String text) {
            for (StartTls value : values()) {
                if (value.name().equalsIgnoreCase(text.strip())) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }
    }

    private final String host;
    private final int port;
    private final StartTls startTls;
    private final String trustedHosts;
    private final String user;
    private final String passwordEnv;
    private final String passwordFile;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final String bcc;
    private final String from;
    private final Duration faultPause;
    private final String problem;

    private MailSettings(Function<String, String> value) {
        this.host = text(value.apply("host"));
        this.trustedHosts = text(value.apply("tls.trust"));
        this.user = text(value.apply("user"));
        this.passwordEnv = text(value.apply("password.env"));
        this.passwordFile = text(value.apply("password.file"));
        this.bcc = text(value.apply("bcc"));
        this.from = text(value.apply("from"));
        StringBuilder problems = new StringBuilder();
        this.port = number(value, "port", 587, problems);
        this.connectTimeout = Duration.ofSeconds(number(value, "timeout.connect", 10, problems));
        this.readTimeout = Duration.ofSeconds(number(value, "timeout.read", 60, problems));
        this.faultPause = Duration.ofSeconds(number(value, "fault.pause", 60, problems));
        String startTlsText = Objects.requireNonNullElse(text(value.apply("starttls")), "required");
        this.startTls = StartTls.parse(startTlsText).orElse(StartTls.REQUIRED);
        if (host == null) {
            this.problem = NOT_CONFIGURED;
            return;
        }
        if (StartTls.parse(startTlsText).isEmpty()) {
            note(problems, "starttls is '" + startTlsText + "'; write required, optional or off");
        }
        if (port < 1 || port > 65535) {
            note(problems, "port " + port + " is not a TCP port");
        }
        if (text(value.apply("password")) != null) {
            note(problems, "the configuration writes a password; name it with password.env (an environment variable)"
                    + " or password.file (a file) instead");
        }
        if (passwordEnv != null && passwordFile != null) {
            note(problems, "both password.env and password.file are set; name the password one way only");
        }
        if (user != null && passwordEnv == null && passwordFile == null) {
            note(problems, "user is set but no password: add password.env or password.file");
        }
        if (user == null && (passwordEnv != null || passwordFile != null)) {
            note(problems, "a password is named but no user to log in as");
        }
        for (String key : new String[] {"bcc", "from"}) {
            String address = text(value.apply(key));
            if (address != null) {
                try {
                    new InternetAddress(address, true);
                } catch (AddressException e) {
                    note(problems, key + " is not a valid email address: " + e.getMessage());
                }
            }
        }
        if (user != null && startTls == StartTls.OFF && !isLoopback(host)) {
            note(problems, "starttls=off would send the password in clear to " + host
                    + "; it is allowed only for a server on this machine");
        }
        this.problem = problems.isEmpty() ? null
                : "the mail server configuration cannot work: " + problems;
    }

    /** The settings Configuration Admin gave: the typed configuration, and its raw keys to catch a literal password. */
    static MailSettings of(EmailConfiguration configuration, Map<String, ?> properties) {
        return new MailSettings(key -> switch (key) {
            case "host" -> configuration.host();
            case "port" -> Integer.toString(configuration.port());
            case "starttls" -> configuration.starttls();
            case "tls.trust" -> configuration.tls_trust();
            case "user" -> configuration.user();
            case "password.env" -> configuration.password_env();
            case "password.file" -> configuration.password_file();
            case "timeout.connect" -> Integer.toString(configuration.timeout_connect());
            case "timeout.read" -> Integer.toString(configuration.timeout_read());
            case "bcc" -> configuration.bcc();
            case "from" -> configuration.from();
            case "fault.pause" -> Integer.toString(configuration.fault_pause());
            default -> properties.get(key) == null ? null : properties.get(key).toString();
        });
    }

    /**
     * The settings of the environment: each key as {@code DUNWISE_EMAIL_<KEY>}, upper case, dots as underscores
     * ({@code DUNWISE_EMAIL_HOST}, {@code DUNWISE_EMAIL_TLS_TRUST}, {@code DUNWISE_EMAIL_PASSWORD_ENV}). Used when
     * Configuration Admin gives no host, so a demo or a container can configure the handler without files.
     */
    static MailSettings fromEnvironment(Function<String, String> environment) {
        return new MailSettings(key -> environment.apply(environmentName(key)));
    }

    static String environmentName(String key) {
        return ENVIRONMENT_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** Why this configuration cannot send, if it cannot. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Whether a host is configured at all (else the environment is asked). */
    boolean hasHost() {
        return host != null;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    StartTls startTls() {
        return startTls;
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    Optional<String> bcc() {
        return Optional.ofNullable(bcc);
    }

    Optional<String> from() {
        return Optional.ofNullable(from);
    }

    Duration readTimeout() {
        return readTimeout;
    }

    Duration faultPause() {
        return faultPause;
    }

    /**
     * The password, read now from where the configuration names it (the SPI's {@link Secret}).
     *
     * @throws IllegalStateException when the variable is unset or the file unreadable; the message names the
     *                               variable or file, never a password
     */
    String password() {
        Map<String, String> reference = new HashMap<>();
        if (passwordEnv != null) {
            reference.put("password.env", passwordEnv);
        }
        if (passwordFile != null) {
            reference.put("password.file", passwordFile);
        }
        return Secret.read(reference, "password")
                .orElseThrow(() -> new IllegalStateException("the configuration names no password"));
    }

    /** Jakarta Mail's session properties for this server (Angus SMTP). */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(connectTimeout.toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(readTimeout.toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(readTimeout.toMillis()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls != StartTls.OFF));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls == StartTls.REQUIRED));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        if (trustedHosts != null) {
            properties.setProperty("mail.smtp.ssl.trust", trustedHosts);
        }
        properties.setProperty("mail.smtp.auth", Boolean.toString(user != null));
        // one recipient refused must not keep a message from the archive copy, or the reverse
        properties.setProperty("mail.smtp.sendpartial", "true");
        // texts go as UTF-8 itself where the server takes 8-bit MIME: smaller, and readable in the .eml
        properties.setProperty("mail.smtp.allow8bitmime", "true");
        return properties;
    }

    /** Where the settings came from, for messages. */
    @Override
    public String toString() {
        return host == null ? "no mail server" : host + ":" + port + " (starttls " + startTls.name()
                .toLowerCase(Locale.ROOT) + (user == null ? "" : ", user " + user) + ")";
    }

    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("::1") || name.equals("[::1]");
    }

    private static int number(Function<String, String> value, String key, int fallback, StringBuilder problems) {
        String text = text(value.apply(key));
        if (text == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(text);
            if (number < 0) {
                note(problems, key + " is negative");
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            note(problems, key + " is '" + text + "', not a whole number");
            return fallback;
        }
    }

    private static void note(StringBuilder problems, String problem) {
        problems.append(problems.isEmpty() ? "" : "; ").append(problem);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
