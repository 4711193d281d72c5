package io.dunwise.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for people: a header, aligned columns, a rule under the header, nothing a terminal runs. */
final class Table {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] right;

    Table(String... header) {
        this.header = header;
        this.right = new boolean[header.length];
    }

    /** Aligns these columns (from 0) to the right, as amounts are read. */
    Table rightAligned(int... columns) {
        for (int column : columns) {
            right[column] = true;
        }
        return this;
    }

    /** Adds a row; control characters of its cells (ESC, CR from a customer's name) show as {@code ?}. */
    void row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("a row has " + header.length + " cells, not " + cells.length);
        }
        String[] shown = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            shown[c] = String.valueOf(TerminalText.of(cells[c]));
        }
        rows.add(shown);
    }

    String render() {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        String[] rule = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            line.append(String.format("%" + (right[c] ? "" : "-") + widths[c] + "s", cells[c]));
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
