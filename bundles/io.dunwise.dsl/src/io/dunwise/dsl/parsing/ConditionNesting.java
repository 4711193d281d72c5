package io.dunwise.dsl.parsing;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deep the pool conditions of a strategy text nest (R1), found by a scan of the text before it is parsed: the
 * parser descends once per {@code (} and per {@code not}, and 10,000 of them overflowed its stack (issue 18 §3).
 * The scan blanks every parenthesis (with its partner) and every {@code not} beyond {@link #LIMIT} levels, so the
 * parser never goes deeper, and remembers where the first one was, for the error. A UTF-8 byte-order mark at the
 * start is blanked too: editors on Windows write one, and it is no part of the text.
 */
final class ConditionNesting {

    /** Deep enough for any condition a person writes; shallow enough for every recursive pass over it. */
    static final int LIMIT = 64;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The text to parse: the same length as the original, so every offset still points at the original. */
    final String text;
    /** Where the first level beyond the limit starts, or -1. */
    final int tooDeepAt;

    private ConditionNesting(String text, int tooDeepAt) {
        this.text = text;
        this.tooDeepAt = tooDeepAt;
    }

    boolean changed(String original) {
        return !text.equals(original);
    }

    static ConditionNesting of(String original) {
        char[] text = original.toCharArray();
        if (text.length > 0 && text[0] == BYTE_ORDER_MARK) {
            text[0] = ' ';
        }
        // open levels: '(' kept, ')' awaited for a blanked '(', 'n' for a 'not' whose operand is not over yet
        Deque<Character> levels = new ArrayDeque<>();
        int tooDeepAt = -1;
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (c == '"' || c == '\'') {
                i = afterString(text, i);
            } else if (c == '/' && i + 1 < text.length && text[i + 1] == '/') {
                while (i < text.length && text[i] != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length && text[i + 1] == '*') {
                int end = original.indexOf("*/", i + 2);
                i = end < 0 ? text.length : end + 2;
            } else if (c == '(') {
                if (levels.size() >= LIMIT) {
                    tooDeepAt = tooDeepAt < 0 ? i : tooDeepAt;
                    text[i] = ' ';
                    levels.push(')');
                } else {
                    levels.push('(');
                }
                i++;
            } else if (c == ')') {
                // nots inside the parentheses end with them
                while (!levels.isEmpty() && levels.peek() == 'n') {
                    levels.pop();
                }
                if (!levels.isEmpty() && levels.pop() == ')') {
                    text[i] = ' ';
                }
                i++;
            } else if (Character.isJavaIdentifierStart(c) || c == '^') {
                int start = i;
                i++;
                while (i < text.length && Character.isJavaIdentifierPart(text[i])) {
                    i++;
                }
                String word = original.substring(start, i);
                if (word.equals("not")) {
                    if (levels.size() >= LIMIT) {
                        tooDeepAt = tooDeepAt < 0 ? start : tooDeepAt;
                        text[start] = text[start + 1] = text[start + 2] = ' ';
                    } else {
                        levels.push('n');
                    }
                } else if (word.equals("and") || word.equals("or")) {
                    // 'not' binds tighter than 'and' and 'or': its operand ended before them
                    while (!levels.isEmpty() && levels.peek() == 'n') {
                        levels.pop();
                    }
                } else if (word.equals("where") || word.equals("pool")) {
                    levels.clear();
                }
            } else {
                i++;
            }
        }
        return new ConditionNesting(new String(text), tooDeepAt);
    }

    /** The index after the string that starts at {@code start} (or the end of the text, if it is not closed). */
    private static int afterString(char[] text, int start) {
        char quote = text[start];
        int i = start + 1;
        while (i < text.length && text[i] != quote) {
            i += text[i] == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length);
    }
}
