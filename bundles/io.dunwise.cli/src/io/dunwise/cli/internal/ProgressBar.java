package io.dunwise.cli.internal;

import java.io.Console;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Progress of long work on standard error, in the style {@code --progress} asks for: on a terminal a one-line bar
 * redrawn at most ten times a second, {@code [#####.....] 50% label}; in a log (a nightly job) a plain line at most
 * every second; or nothing. By default a bar on a terminal and nothing elsewhere, so logs stay readable.
 */
final class ProgressBar {

    /** How progress shows. */
    enum Style {
        /** A bar on a terminal, nothing elsewhere. */
        auto,
        bar,
        lines,
        none
    }

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LINE_NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final Style style;
    private long lastDrawn;
    private boolean drawn;

    /** The progress of a command in the style of the command line's {@code --progress} option. */
    static ProgressBar of(CommandSpec spec) {
        Style style = ((RootCommand) spec.root().userObject()).progress;
        return new ProgressBar(spec.commandLine().getErr(), style);
    }

    ProgressBar(PrintWriter out, Style style) {
        this.out = out;
        this.style = style == Style.auto ? (isTerminal() ? Style.bar : Style.none) : style;
    }

    ProgressBar(PrintWriter out, boolean drawing) {
        this(out, drawing ? Style.bar : Style.none);
    }

    /** Shows {@code done} of {@code total} (total 0: unknown, only the count shows). */
    void show(String label, long done, long total) {
        if (style == Style.none) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDrawn < (style == Style.bar ? REDRAW_NANOS : LINE_NANOS) && done < total) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        if (style == Style.bar) {
            out.print("\r" + line(label, done, total) + "\u001b[K");
        } else {
            out.println(line(label, done, total));
        }
        out.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn && style == Style.bar) {
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
