package io.dunwise.model.vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code {{name}}} (escaped) or {@code {{{name}}}} (raw HTML) found in a template text.
 *
 * @param key    the name between the braces, trimmed
 * @param offset where the opening braces start in the text
 * @param length the length up to and including the closing braces
 * @param raw    whether the value is inserted without HTML escaping
 */
public record PlaceholderUse(String key, int offset, int length, boolean raw) {

    /**
     * Every placeholder written in {@code text}, in order. A scan, not a regular expression: template texts are
     * user text, and the expression this replaces backtracked for minutes on {@code "{{"} and 5,000 spaces
     * (issue 18 §3). Each character is looked at a bounded number of times, so the time is linear in the text.
     */
    public static List<PlaceholderUse> in(String text) {
        List<PlaceholderUse> uses = new ArrayList<>();
        if (text == null) {
            return uses;
        }
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return uses;
            }
            int start = open + 2;
            boolean rawOpen = start < text.length() && text.charAt(start) == '{';
            if (rawOpen) {
                start++;
            }
            int end = start;
            while (end < text.length() && text.charAt(end) != '{' && text.charAt(end) != '}') {
                end++;
            }
            if (end + 1 < text.length() && text.charAt(end) == '}' && text.charAt(end + 1) == '}') {
                int after = end + 2;
                boolean rawClose = after < text.length() && text.charAt(after) == '}';
                if (rawClose) {
                    after++;
                }
                uses.add(new PlaceholderUse(trim(text.substring(start, end)), open, after - open,
                        rawOpen && rawClose));
                from = after;
            } else {
                // no placeholder starts at open: the next one may start one brace later ({{{ without its name), else
                // not before the brace the scan stopped at; so no character is scanned more than twice
                from = rawOpen ? open + 1 : Math.max(end, open + 1);
            }
        }
    }

    /** Trims the white space a template may put around a name ({@code {{ customer.name }}}). */
    private static String trim(String key) {
        int first = 0;
        int last = key.length();
        while (first < last && isSpace(key.charAt(first))) {
            first++;
        }
        while (last > first && isSpace(key.charAt(last - 1))) {
            last--;
        }
        return key.substring(first, last);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
