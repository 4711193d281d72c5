package io.dunwise.cli.internal;

/**
 * Text from the ledger or a message as a terminal may show it (issue 18 §3b): a customer's name or an email's
 * subject can hold ESC (which starts a terminal command: clear the screen, retitle the window, rewrite what was
 * printed) or CR (which overwrites the line), so every control character, and every character that reverses the
 * direction of what follows, is shown as {@code ?}. A table stays one line per row, aligned.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (shown == null) {
                    shown = new StringBuilder(text.substring(0, i));
                }
                shown.append('?');
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
