package io.dunwise.cli.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.JournalLine;
import io.dunwise.operations.OperationReport;
import java.io.PrintWriter;
import java.util.List;

/** Journal entries, invoices and cases as the operation commands print them: tables, or JSON with every field. */
final class OperationPrinter {

    private final PrintWriter out;
    private final OutputFormat format;

    OperationPrinter(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    /** What an operation did: its entry (if it posted one) and the invoices it touched, as they are now. */
    void report(OperationReport report) {
        if (format == OutputFormat.json) {
            JsonObject json = new JsonObject();
            json.add("entry", report.entry().map(OperationPrinter::json).orElse(null));
            JsonArray invoices = new JsonArray();
            report.invoices().forEach(invoice -> invoices.add(json(invoice)));
            json.add("invoices", invoices);
            out.println(Json.GSON.toJson(json));
            return;
        }
        if (report.entry().isEmpty()) {
            out.println("nothing to post");
        }
        report.entry().ifPresent(entry -> entries(List.of(entry)));
        out.println();
        Table table = new Table("Invoice", "Customer", "Amount", "Open", "Status");
        report.invoices().forEach(invoice -> table.row(invoice.id(), invoice.customerId(),
                invoice.amount().toString(), invoice.openAmount().toString(),
                status(invoice)));
        out.print(table.render());
    }

    /** Posted entries, a line each of their lines. */
    void entries(List<JournalEntry> entries) {
        if (format == OutputFormat.json) {
            JsonArray array = new JsonArray();
            entries.forEach(entry -> array.add(json(entry)));
            out.println(Json.GSON.toJson(array));
            return;
        }
        Table table = new Table("Entry", "Journal", "Date", "Reason", "Account", "Amount", "Customer", "Invoice",
                "Payment", "Description");
        for (JournalEntry entry : entries) {
            boolean first = true;
            for (JournalLine line : entry.lines()) {
                table.row(first ? Long.toString(entry.id()) : "", first ? entry.journal() : "",
                        first ? entry.date().toString() : "", first ? text(entry.reason()) : "", line.account(),
                        line.amount().toString(), text(line.customerId()), text(line.invoiceId()),
                        text(line.paymentId()), first ? text(entry.description()) : "");
                first = false;
            }
        }
        out.print(table.render());
    }

    void cases(List<CollectionsCase> cases) {
        if (format == OutputFormat.json) {
            JsonArray array = new JsonArray();
            cases.forEach(c -> array.add(json(c)));
            out.println(Json.GSON.toJson(array));
            return;
        }
        Table table = new Table("Case", "Customer", "Category", "Status", "Owner", "Opened", "Invoices", "Activities");
        cases.forEach(c -> table.row(Long.toString(c.id()), c.customerId(), c.category(), c.status(),
                text(c.ownerId()), c.opened().toString(), String.join(" ", c.invoiceIds()),
                String.join(" ", c.activityIds().stream().map(String::valueOf).toList())));
        out.print(table.render());
    }

    /** An invoice or credit note with nothing open is settled; otherwise its status (R26). */
    private static String status(Invoice invoice) {
        return invoice.openAmount().value().signum() == 0 ? "settled" : invoice.status().label();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static JsonObject json(JournalEntry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("id", entry.id());
        json.addProperty("journal", entry.journal());
        json.addProperty("date", entry.date().toString());
        json.addProperty("description", entry.description());
        json.addProperty("reason", entry.reason());
        JsonArray lines = new JsonArray();
        for (JournalLine line : entry.lines()) {
            JsonObject item = new JsonObject();
            item.addProperty("account", line.account());
            item.addProperty("amount", line.amount().value().toPlainString());
            item.addProperty("currency", line.amount().currency());
            item.addProperty("customer", line.customerId());
            item.addProperty("invoice", line.invoiceId());
            item.addProperty("payment", line.paymentId());
            lines.add(item);
        }
        json.add("lines", lines);
        return json;
    }

    private static JsonObject json(Invoice invoice) {
        JsonObject json = new JsonObject();
        json.addProperty("id", invoice.id());
        json.addProperty("customer", invoice.customerId());
        json.addProperty("amount", invoice.amount().value().toPlainString());
        json.addProperty("open", invoice.openAmount().value().toPlainString());
        json.addProperty("currency", invoice.currency());
        json.addProperty("status", status(invoice));
        return json;
    }

    private static JsonObject json(CollectionsCase c) {
        JsonObject json = new JsonObject();
        json.addProperty("id", c.id());
        json.addProperty("customer", c.customerId());
        json.addProperty("category", c.category());
        json.addProperty("status", c.status());
        json.addProperty("owner", c.ownerId());
        json.addProperty("opened", c.opened().toString());
        JsonArray invoices = new JsonArray();
        c.invoiceIds().forEach(invoices::add);
        json.add("invoices", invoices);
        JsonArray activities = new JsonArray();
        c.activityIds().forEach(activities::add);
        json.add("activities", activities);
        return json;
    }
}
