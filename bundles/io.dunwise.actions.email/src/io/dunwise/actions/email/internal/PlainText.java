package io.dunwise.actions.email.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text alternative of an HTML body, for mail readers that show no HTML and for spam filters that frown on
 * HTML alone: paragraphs and line breaks kept, tags dropped, character references decoded, and {@code <pre>} blocks
 * (the open invoices as a text table) kept as they are.
 */
final class PlainText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern INVISIBLE_START = Pattern.compile("<(head|style|script|title)\\b", FLAGS);
    private static final Pattern PRE_START = Pattern.compile("<pre\\b", FLAGS);
    private static final Pattern BREAK = Pattern.compile("<br\\b[^>]*>", FLAGS);
    private static final Pattern PARAGRAPH = Pattern.compile("</?(p|div|h[1-6]|table|ul|ol|blockquote)\\b[^>]*>",
            FLAGS);
    private static final Pattern ROW = Pattern.compile("</?tr\\b[^>]*>", FLAGS);
    private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>", FLAGS);
    private static final Pattern CELL_END = Pattern.compile("</t[dh]\\s*>", FLAGS);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", FLAGS);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private PlainText() {
    }

    /**
     * The plain text of {@code html} in time linear in its length: a body file is user text of up to 1 MiB, and the
     * expressions below, run unguarded, backtracked quadratically on an unclosed {@code <style}, {@code <pre} or
     * {@code <} repeated, or a long run of spaces (issue 18 §3). Elements are found by {@link Elements}, which
     * remembers which closing tags are no longer to be found; tags are only looked for up to the last {@code >}.
     */
    static String of(String html) {
        String visible = withoutInvisible(html);
        StringBuilder text = new StringBuilder();
        Elements pre = new Elements(visible, PRE_START, "pre");
        int from = 0;
        for (int[] block = pre.next(0); block != null; block = pre.next(block[3])) {
            text.append(flow(visible.substring(from, block[0])));
            text.append("\n\n").append(decode(tagsDropped(visible.substring(block[1], block[2])))).append("\n\n");
            from = block[3];
        }
        text.append(flow(visible.substring(from)));
        return linesTrimmed(text.toString()).replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** {@code html} without {@code <head>}, {@code <style>}, {@code <script>} and {@code <title>} elements. */
    private static String withoutInvisible(String html) {
        StringBuilder visible = new StringBuilder();
        Elements invisible = new Elements(html, INVISIBLE_START, null);
        int from = 0;
        for (int[] element = invisible.next(0); element != null; element = invisible.next(element[3])) {
            visible.append(html, from, element[0]);
            from = element[3];
        }
        return visible.append(html, from, html.length()).toString();
    }

    /**
     * Elements from their start tag to their closing tag, found left to right. A start tag without its closing tag
     * stays text, as it did; once a closing tag is not found after some place, it is not looked for again.
     */
    private static final class Elements {
        private final String html;
        private final Matcher start;
        private final String name;
        private final int lastTagEnd;
        private final Map<String, Matcher> closes = new HashMap<>();
        private final Set<String> unclosed = new HashSet<>();

        Elements(String html, Pattern start, String name) {
            this.html = html;
            this.start = start.matcher(html);
            this.name = name;
            this.lastTagEnd = html.lastIndexOf('>');
        }

        /** {start, content start, content end, end} of the next element at or after {@code from}, or null. */
        int[] next(int from) {
            int at = from;
            while (at <= html.length() && start.find(at)) {
                String element = (name == null ? start.group(1) : name).toLowerCase(Locale.ROOT);
                int contentStart = unclosed.contains(element) ? -1
                        : name == null ? start.end() : startTagEnd(start.end());
                if (contentStart >= 0) {
                    Matcher close = closes.computeIfAbsent(element,
                            e -> Pattern.compile("</" + e + "\\s*>", FLAGS).matcher(html));
                    if (close.find(contentStart)) {
                        return new int[] { start.start(), contentStart, close.start(), close.end() };
                    }
                    unclosed.add(element);
                }
                at = start.end();
            }
            return null;
        }

        /** The end of the start tag whose name ends at {@code at}, or -1 when no {@code >} follows. */
        private int startTagEnd(int at) {
            return at > lastTagEnd ? -1 : html.indexOf('>', at) + 1;
        }
    }

    /** Every tag dropped. */
    private static String tagsDropped(String html) {
        return tags(TAG, html, "");
    }

    /**
     * The tags {@code tag} matches replaced by {@code replacement}. Tags end with {@code >}: after the last one there
     * is only text, and the expression is not run there, where it would scan to the end from every {@code <}.
     */
    private static String tags(Pattern tag, String html, String replacement) {
        int last = html.lastIndexOf('>');
        return tag.matcher(html.substring(0, last + 1)).replaceAll(replacement) + html.substring(last + 1);
    }

    /** Spaces and tabs at the end of each line removed. */
    private static String linesTrimmed(String text) {
        StringBuilder trimmed = new StringBuilder(text.length());
        int pending = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                pending++;
                continue;
            }
            if (c != '\n') {
                trimmed.append(text, i - pending, i);
            }
            pending = 0;
            trimmed.append(c);
        }
        return trimmed.append(text, text.length() - pending, text.length()).toString();
    }

    /** HTML outside {@code <pre>}: white space collapses, blocks and breaks become line ends. */
    private static String flow(String html) {
        String text = html.replaceAll("\\s+", " ");
        text = tags(BREAK, text, "\n");
        text = tags(ITEM, text, "\n- ").replaceAll("(?i)</li\\s*>", "");
        text = tags(PARAGRAPH, text, "\n\n");
        text = tags(ROW, text, "\n");
        text = CELL_END.matcher(text).replaceAll("  ");
        text = tags(TAG, text, "");
        return decode(text).replaceAll("(?m)^ +", "");
    }

    static String decode(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(decoded, Matcher.quoteReplacement(character(reference.group(1))));
        }
        reference.appendTail(decoded);
        return decoded.toString();
    }

    private static String character(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException notACharacter) {
            return "&" + name + ";";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            case "euro" -> "€";
            default -> "&" + name + ";";
        };
    }
}
