package io.dunwise.cli.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One {@code <pid>.cfg} file of the {@code --config} folder: the configuration of the component with that PID, in
 * Java properties form ({@code key = value}, {@code #} comments, {@code \} at a line's end continues it), read as
 * UTF-8. Every problem is a {@link BadInputException} saying {@code file:line: message}, and no message shows a
 * value. A secret is given by reference ({@code token.env = VARIABLE}, {@code token.file = /path}): any other key
 * that names a secret ({@link SecretKey}: {@code password}, {@code smtp_password}, {@code passwd}, {@code api.key},
 * …) is refused, empty or not, so no secret is ever written in plain text (issue 18 §3b). A key or value with a
 * control character is refused too, but for a line break ({@code \n}) in a value: an address has lines.
 *
 * @param path       the file
 * @param pid        the configuration PID, the file's name without {@code .cfg}
 * @param properties the file's keys and values, in file order
 * @param digest     the SHA-256 of the file's bytes: what shows, in the configured component's service properties,
 *                   that it took up exactly this content
 */
record ConfigFile(Path path, String pid, Map<String, String> properties, String digest) {

    static final String SUFFIX = ".cfg";

    static ConfigFile read(Path path) {
        String name = path.getFileName().toString();
        String pid = name.substring(0, name.length() - SUFFIX.length());
        if (!pid.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
            throw problem(path, 1, "\"" + pid + "\" is not a configuration PID (letters, digits, '.', '_', '-')");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw problem(path, 1, "cannot be read: " + e.getMessage());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> lines = text(path, bytes).lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            int first = index + 1;
            StringBuilder logical = new StringBuilder(lines.get(index).stripLeading());
            if (logical.isEmpty() || logical.charAt(0) == '#' || logical.charAt(0) == '!') {
                continue;
            }
            while (continues(logical) && index + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++index).stripLeading());
            }
            entry(path, first, logical.toString(), properties, lineOf);
        }
        return new ConfigFile(path, pid, properties, digest(bytes));
    }

    /** Adds the entry of one logical line, decoded as {@link Properties} does, after checking its form. */
    private static void entry(Path path, int line, String logical, Map<String, String> properties,
            Map<String, Integer> lineOf) {
        Properties decoded = new Properties();
        try {
            decoded.load(new StringReader(logical));
        } catch (IOException | IllegalArgumentException e) {
            throw problem(path, line, "bad escape: " + e.getMessage());
        }
        String key = decoded.stringPropertyNames().stream().findFirst().orElse("");
        String value = decoded.getProperty(key, "").strip();
        // a secret first: "password hunter2" is a key and its value to Properties, and its value is never shown
        if (SecretKey.names(key)) {
            throw problem(path, line, "\"" + shown(key) + "\" would put a secret in plain text; name it instead: "
                    + shown(key) + ".env = ENVIRONMENT_VARIABLE or " + shown(key) + ".file = /path/to/file");
        }
        if (!hasSeparator(logical)) {
            // the line is not shown: it may be a secret written on a line of its own
            throw problem(path, line, "expected key = value, found a line without '=' or ':'");
        }
        if (key.isBlank()) {
            throw problem(path, line, "a key is missing before '='");
        }
        if (hasControlCharacter(key) || hasControlCharacter(value.replace("\n", ""))) {
            // a NUL in a letter folder made the letter handler fail as it started (issue 18 §3b)
            throw problem(path, line, "\"" + shown(key) + "\" holds a control character (like NUL or ESC); "
                    + "keys and values are text");
        }
        if (key.startsWith(ComponentConfigurations.OWN_PREFIX) || key.startsWith("service.")
                || key.startsWith("component.")) {
            throw problem(path, line, "\"" + key + "\" is set by Dunwise and the framework, not by a file");
        }
        Integer earlier = lineOf.putIfAbsent(key, line);
        if (earlier != null) {
            throw problem(path, line, "\"" + key + "\" is given twice (first on line " + earlier + ")");
        }
        properties.put(key, value);
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t');
    }

    /** A key as a message shows it: its control characters as {@code ?}, so that the message stays one line. */
    private static String shown(String key) {
        return key.replaceAll("\\p{Cntrl}", "?");
    }

    /** Whether the line has an unescaped '=' or ':' (a bare key is a mistake here, not an empty value). */
    private static boolean hasSeparator(String logical) {
        for (int i = 0; i < logical.length(); i++) {
            char c = logical.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** An odd number of backslashes at the end continues the line. */
    private static boolean continues(CharSequence line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static String text(Path path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        if (decoder.decode(input, output, true).isError()) {
            int line = 1;
            for (int i = 0; i < input.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw problem(path, line, "not UTF-8 text");
        }
        String text = output.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static BadInputException problem(Path path, int line, String message) {
        return new BadInputException(path + ":" + line + ": " + message);
    }
}
