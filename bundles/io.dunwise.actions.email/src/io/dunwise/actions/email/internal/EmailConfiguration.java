package io.dunwise.actions.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The email handler's configuration, PID {@code io.dunwise.actions.email} (a file
 * {@code io.dunwise.actions.email.cfg}). A key with a dot is written here with an underscore ({@code tls_trust} is
 * {@code tls.trust}). The password is never a value of the configuration: {@code password.env} names an environment
 * variable and {@code password.file} a file that holds it, read each time the handler logs in.
 */
@ObjectClassDefinition(id = EmailConfiguration.PID, name = "Dunwise email",
        description = "The SMTP server the email steps of collection strategies are sent through (R14)")
public @interface EmailConfiguration {

    /** The configuration's persistent id. */
    String PID = "io.dunwise.actions.email";

    @AttributeDefinition(description = "Host name of the SMTP server; empty: the handler is not configured")
    String host() default "";

    @AttributeDefinition(description = "Port of the SMTP server (587 is the submission port)")
    int port() default 587;

    @AttributeDefinition(description = "STARTTLS: required (never send without TLS), optional (use it when offered)"
            + " or off (a loopback test server)")
    String starttls() default "required";

    @AttributeDefinition(name = "tls.trust", description = "Hosts (separated by spaces) whose certificate is trusted"
            + " without a certificate authority, e.g. a test server's self-signed one; empty: the JDK's trust store")
    String tls_trust() default "";

    @AttributeDefinition(description = "User name to log in with (AUTH); empty: no login")
    String user() default "";

    @AttributeDefinition(name = "password.env", description = "Environment variable that holds the password")
    String password_env() default "";

    @AttributeDefinition(name = "password.file", description = "File that holds the password")
    String password_file() default "";

    @AttributeDefinition(name = "timeout.connect", description = "Seconds to wait for the server to answer a"
            + " connection")
    int timeout_connect() default 10;

    @AttributeDefinition(name = "timeout.read", description = "Seconds to wait for any later answer of the server")
    int timeout_read() default 60;

    @AttributeDefinition(description = "An address that gets a blind copy of every message, e.g. an archive")
    String bcc() default "";

    @AttributeDefinition(description = "The sender address of every message, instead of the template's (which"
            + " then is the Reply-To); for servers that only send from the address one logs in as")
    String from() default "";

    @AttributeDefinition(name = "fault.pause", description = "Seconds the handler leaves the server alone after it"
            + " could not be reached or refused the login; the actions meanwhile wait in the outbox")
    int fault_pause() default 60;
}
