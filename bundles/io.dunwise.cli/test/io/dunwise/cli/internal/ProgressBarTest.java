package io.dunwise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar of long imports, exports and demo ledgers. */
class ProgressBarTest {

    @Test
    void aLineShowsTheShareDoneAndWhat() {
        assertEquals("[...............................]   0% customers.csv".replace("...............................",
                ".".repeat(30)), ProgressBar.line("customers.csv", 0, 1000));
        assertEquals("[###############...............]  50% customers.csv", ProgressBar.line("customers.csv", 500, 1000));
        assertEquals("[" + "#".repeat(30) + "] 100% invoices.csv", ProgressBar.line("invoices.csv", 1000, 1000));
        assertEquals("12,345 rows", ProgressBar.line("rows", 12_345, 0), "no total: only the count");
    }

    @Test
    void itDrawsOnATerminalOnlyAndEndsItsLine() {
        StringWriter terminal = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(terminal), true);
        bar.show("customers", 10, 10);
        bar.finish();
        assertEquals("\r[" + "#".repeat(30) + "] 100% customers\u001b[K" + System.lineSeparator(), terminal.toString());

        StringWriter log = new StringWriter();
        ProgressBar silent = new ProgressBar(new PrintWriter(log), false);
        silent.show("customers", 5, 10);
        silent.finish();
        assertEquals("", log.toString(), "nothing in a log or a pipe");
    }

    @Test
    void inALogItWritesPlainLinesAtMostOneASecondAndTheLast() {
        StringWriter log = new StringWriter();
        ProgressBar lines = new ProgressBar(new PrintWriter(log), ProgressBar.Style.lines);
        lines.show("customers", 1_000, 4_000);
        lines.show("customers", 2_000, 4_000);
        lines.show("customers", 4_000, 4_000);
        lines.finish();
        String nl = System.lineSeparator();
        assertEquals(ProgressBar.line("customers", 1_000, 4_000) + nl + ProgressBar.line("customers", 4_000, 4_000)
                + nl, log.toString(), "the second within the second is left out, the last is always there");
    }
}
