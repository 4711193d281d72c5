package io.dunwise.model.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code {{name}}} (escaped) or {@code {{{name}}}} (raw HTML) found in a template text.
 *
 * @param key    the name between the braces, trimmed
 * @param offset where the opening braces start in the text
 * @param length the length up to and including the closing braces
 * @param raw    whether the value is inserted without HTML escaping
 */
public record PlaceholderUse(String key, int offset, int length, boolean raw) {

    private static final Pattern USE = Pattern.compile("\\{\\{(\\{?)\\s*([^{}]*?)\\s*\\}\\}(\\}?)");

    /** Every placeholder written in {@code text}, in order. */
    public static List<PlaceholderUse> in(String text) {
        List<PlaceholderUse> uses = new ArrayList<>();
        if (text == null) {
            return uses;
        }
        Matcher matcher = USE.matcher(text);
        while (matcher.find()) {
            boolean raw = !matcher.group(1).isEmpty() && !matcher.group(3).isEmpty();
            uses.add(new PlaceholderUse(matcher.group(2), matcher.start(), matcher.end() - matcher.start(), raw));
        }
        return uses;
    }
}
