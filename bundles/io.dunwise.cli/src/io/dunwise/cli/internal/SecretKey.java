package io.dunwise.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a configuration key names a secret (issue 18 §3b). A key is read as words, split at {@code .}, {@code _},
 * {@code -}, spaces and camel case, so {@code smtp_password}, {@code smtp.Password}, {@code passwd},
 * {@code password } (a space escaped into the key), {@code apiKey} and {@code client-secret} all name one. A
 * reference to a secret is not one: {@code password.env} names an environment variable and
 * {@code password.file} a file, the only ways a configuration may give a secret.
 */
final class SecretKey {

    private static final Set<String> WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase", "passcode",
            "secret", "secrets", "token", "credential", "credentials", "apikey", "privatekey", "pin");
    /** Two words that name a secret together. */
    private static final Set<String> PAIRS = Set.of("api key", "private key", "access key", "auth key",
            "secret key", "client secret", "bearer token");
    private static final Set<String> REFERENCES = Set.of("env", "file");

    private SecretKey() {
    }

    static boolean names(String key) {
        List<String> words = Arrays.stream(key.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT)
                .split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty() || REFERENCES.contains(words.get(words.size() - 1)) && key.contains(".")) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (WORDS.contains(word) || word.contains("password") || word.contains("passwd")
                    || word.endsWith("secret") || word.endsWith("token")) {
                return true;
            }
            if (i + 1 < words.size() && PAIRS.contains(word + " " + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
