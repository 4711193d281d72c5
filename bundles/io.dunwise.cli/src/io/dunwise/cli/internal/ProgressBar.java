package io.dunwise.cli.internal;

import java.io.Console;
import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal, redrawn at most ten times a second: {@code [#####.....] 50% label}.
 * When the output is not a terminal (a log, a pipe, a test) it draws nothing, so logs stay readable.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final boolean drawing;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter out) {
        this(out, isTerminal());
    }

    ProgressBar(PrintWriter out, boolean drawing) {
        this.out = out;
        this.drawing = drawing;
    }

    /** Shows {@code done} of {@code total} (total 0: unknown, only the count shows). */
    void show(String label, long done, long total) {
        if (!drawing) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDrawn < REDRAW_NANOS && done < total) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        out.print("\r" + line(label, done, total) + "\u001b[K");
        out.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }

    static String line(String label, long done, long total) {
        if (total <= 0) {
            return String.format("%,d %s", done, label);
        }
        int percent = (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%% %s", percent, label);
    }

    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 and later give a console even to redirected output, and say whether it is a terminal
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
