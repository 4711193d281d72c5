package io.dunwise.cli.internal;

import com.google.gson.JsonArray;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Actions printed as a JSON array or as a table followed by the totals per action type and outcome. */
final class ActionsReport {

    private final List<ActionRow> rows;

    ActionsReport(List<ActionRow> rows) {
        this.rows = rows;
    }

    void print(PrintWriter out, OutputFormat format, boolean totalsOnly) {
        if (format == OutputFormat.json) {
            out.println(json());
            return;
        }
        if (!totalsOnly && !rows.isEmpty()) {
            Table table = new Table("Customer", "Strategy", "Step", "Action", "Invoices", "Date", "Outcome");
            for (ActionRow row : rows) {
                table.row(row.customer(), text(row.strategy()), text(row.step()), row.action(),
                        String.join(" ", row.invoices()), row.date().toString(),
                        row.reason() == null ? row.outcome() : row.outcome() + ": " + row.reason());
            }
            out.print(table.render());
            out.println();
        }
        out.print(totals());
    }

    /** Action types down, outcomes across, with a total of each. */
    String totals() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Integer> byOutcome = new TreeMap<>();
        for (ActionRow row : rows) {
            counts.computeIfAbsent(row.action(), type -> new TreeMap<>()).merge(row.outcome(), 1, Integer::sum);
            byOutcome.merge(row.outcome(), 1, Integer::sum);
        }
        List<String> outcomes = List.copyOf(byOutcome.keySet());
        String[] header = new String[outcomes.size() + 2];
        header[0] = "Action";
        for (int i = 0; i < outcomes.size(); i++) {
            header[i + 1] = outcomes.get(i);
        }
        header[header.length - 1] = "Total";
        Table table = new Table(header);
        counts.forEach((type, byType) -> table.row(line(type, outcomes, byType)));
        table.row(line("Total", outcomes, byOutcome));
        return table.render();
    }

    private static String[] line(String label, List<String> outcomes, Map<String, Integer> counts) {
        String[] cells = new String[outcomes.size() + 2];
        cells[0] = label;
        int total = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            int count = counts.getOrDefault(outcomes.get(i), 0);
            cells[i + 1] = Integer.toString(count);
            total += count;
        }
        cells[cells.length - 1] = Integer.toString(total);
        return cells;
    }

    private String json() {
        JsonArray array = new JsonArray();
        rows.forEach(row -> array.add(row.json()));
        return Json.GSON.toJson(array);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
