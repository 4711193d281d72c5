package io.dunwise.actions.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A secret that a handler's configuration names by reference, never by value: {@code <name>.env = VARIABLE} takes
 * it from an environment variable, {@code <name>.file = /path/to/file} from a file (its content without the final
 * line break). So neither the configuration files, nor Configuration Admin's store, nor the service properties of a
 * configured handler ever hold the secret itself; {@code dunwise --config} refuses a file that writes a key named
 * {@code password}, {@code secret} or {@code token} with a literal value.
 */
public final class Secret {

    private Secret() {
    }

    /**
     * The secret {@code name} of a handler configuration, or empty when the configuration names none.
     *
     * @throws IllegalStateException when the configuration names it in both ways, or the variable is not set, or
     *                               the file cannot be read; the message says which
     */
    public static Optional<String> read(Map<String, ?> config, String name) {
        String variable = text(config.get(name + ".env"));
        String file = text(config.get(name + ".file"));
        if (variable != null && file != null) {
            throw new IllegalStateException("the configuration gives " + name + ".env and " + name
                    + ".file; name the secret one way only");
        }
        if (variable != null) {
            String value = System.getenv(variable);
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException(name + ".env names the environment variable " + variable
                        + ", which is not set");
            }
            return Optional.of(value);
        }
        if (file != null) {
            try {
                String value = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
                if (value.isEmpty()) {
                    throw new IllegalStateException(name + ".file names " + file + ", which is empty");
                }
                return Optional.of(value);
            } catch (IOException e) {
                throw new IllegalStateException(name + ".file names " + file + ", which cannot be read: " + e);
            }
        }
        return Optional.empty();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
