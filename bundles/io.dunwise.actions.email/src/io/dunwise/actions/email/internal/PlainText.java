package io.dunwise.actions.email.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text alternative of an HTML body, for mail readers that show no HTML and for spam filters that frown on
 * HTML alone: paragraphs and line breaks kept, tags dropped, character references decoded, and {@code <pre>} blocks
 * (the open invoices as a text table) kept as they are.
 */
final class PlainText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern INVISIBLE = Pattern.compile("<(head|style|script|title)\\b.*?</\\1\\s*>", FLAGS);
    private static final Pattern PRE = Pattern.compile("<pre\\b[^>]*>(.*?)</pre\\s*>", FLAGS);
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

    static String of(String html) {
        String visible = INVISIBLE.matcher(html).replaceAll("");
        StringBuilder text = new StringBuilder();
        Matcher pre = PRE.matcher(visible);
        int from = 0;
        while (pre.find()) {
            text.append(flow(visible.substring(from, pre.start())));
            text.append("\n\n").append(decode(TAG.matcher(pre.group(1)).replaceAll(""))).append("\n\n");
            from = pre.end();
        }
        text.append(flow(visible.substring(from)));
        return text.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** HTML outside {@code <pre>}: white space collapses, blocks and breaks become line ends. */
    private static String flow(String html) {
        String text = html.replaceAll("\\s+", " ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = ITEM.matcher(text).replaceAll("\n- ").replaceAll("(?i)</li\\s*>", "");
        text = PARAGRAPH.matcher(text).replaceAll("\n\n");
        text = ROW.matcher(text).replaceAll("\n");
        text = CELL_END.matcher(text).replaceAll("  ");
        text = TAG.matcher(text).replaceAll("");
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
