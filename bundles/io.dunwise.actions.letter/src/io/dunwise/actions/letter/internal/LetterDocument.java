package io.dunwise.actions.letter.internal;

import io.dunwise.actions.text.LocalFormats;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A letter as it is printed: every text already in the letter's language, dates and amounts in its locale (R31).
 * {@link LetterPdf} only lays it out.
 *
 * @param title     the letter line, "Letter no. N (level L)", printed at the top right and as the PDF's title
 * @param sender    the letter head: the sender's name (may be empty), then its address lines
 * @param facts     label and value pairs printed under the letter line beside the head: the date, the customer's
 *                  number
 * @param returnLine the sender in one line, printed small above the address where the envelope's window shows it
 *                  (DIN 5008 "Rücksendeangabe"); empty when the letter has no sender
 * @param address   the address block: the customer's name, the contact's, the street, postal code and city, country
 * @param subject   the subject, placeholders filled
 * @param body      the body, placeholders filled; blank lines separate paragraphs
 * @param table     the listed invoices
 * @param totals    the fee, interest and total lines
 * @param footer    the footer of each page, with {@code {page}} and {@code {pages}} to fill
 */
record LetterDocument(String title, List<String> sender, List<Fact> facts, String returnLine, List<String> address,
        String subject, String body, Table table, List<TotalLine> totals, String footer) {

    /** A label and its value in the letter head. */
    record Fact(String label, String value) {
    }

    /** The invoice table: headings, which columns are numbers (right-aligned), and one row per invoice. */
    record Table(List<String> headings, List<Boolean> numeric, List<List<String>> rows) {
    }

    /** A line of the totals: a label and an amount; a strong line (a total to pay) is set in bold under a rule. */
    record TotalLine(String label, String amount, boolean strong) {
    }

    /**
     * The document of {@code letter} to {@code addressee}, with {@code figures}, its words and the filled subject and
     * body.
     */
    static LetterDocument of(CollectionLetter letter, Customer customer, LetterAddressee addressee,
            LetterFigures figures, List<String> sender, String subject, String body, ResourceBundle words,
            LocalFormats formats) {
        String letterLine = fill(words.getString("head.letter"), Long.toString(letter.number()),
                Integer.toString(letter.level()));
        List<Fact> facts = List.of(new Fact(words.getString("head.date"), formats.date(letter.date())),
                new Fact(words.getString("head.customer"), customer.id()));
        String footer = fill(words.getString("page"), Long.toString(letter.number()), "{page}", "{pages}");
        return new LetterDocument(letterLine, sender, facts, returnLine(sender), addressee.lines(customer), subject,
                body, table(figures, words, formats), totals(figures, words, formats), footer);
    }

    /** The sender's name and address lines in one line, as the post returns an undeliverable letter to it. */
    private static String returnLine(List<String> sender) {
        return String.join(", ", sender.stream().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private static Table table(LetterFigures figures, ResourceBundle words, LocalFormats formats) {
        boolean interest = figures.yearlyRate().isPresent();
        List<String> headings = new ArrayList<>(List.of(words.getString("column.invoice"),
                words.getString("column.invoiceDate"), words.getString("column.dueDate"),
                words.getString("column.amount"), words.getString("column.openAmount"),
                words.getString("column.daysOverdue")));
        List<Boolean> numeric = new ArrayList<>(List.of(false, false, false, true, true, true));
        if (interest) {
            headings.add(words.getString("column.interest"));
            numeric.add(true);
        }
        List<List<String>> rows = new ArrayList<>();
        for (LetterFigures.Line line : figures.lines()) {
            List<String> row = new ArrayList<>(List.of(line.invoice().id(),
                    formats.date(line.invoice().invoiceDate()), formats.date(line.invoice().dueDate()),
                    formats.amount(line.invoice().amount()), formats.amount(line.invoice().openAmount()),
                    Long.toString(line.daysOverdue())));
            if (interest) {
                row.add(line.interest().map(formats::amount).orElse(""));
            }
            rows.add(List.copyOf(row));
        }
        return new Table(List.copyOf(headings), List.copyOf(numeric), List.copyOf(rows));
    }

    private static List<TotalLine> totals(LetterFigures figures, ResourceBundle words, LocalFormats formats) {
        List<TotalLine> lines = new ArrayList<>();
        String interestLabel = figures.yearlyRate()
                .map(rate -> fill(words.getString("total.interest"), formats.number(rate))).orElse("");
        for (LetterFigures.CurrencyTotal total : figures.totals()) {
            if (total.interest().isPresent() || total.fee().isPresent()) {
                // the open amount on its own line only when something is added to it
                lines.add(new TotalLine(words.getString("total.open"), formats.amount(total.open()), false));
            }
            total.interest().ifPresent(amount -> lines.add(new TotalLine(interestLabel, formats.amount(amount),
                    false)));
            total.fee().ifPresent(amount -> lines.add(new TotalLine(words.getString("total.fee"),
                    formats.amount(amount), false)));
            lines.add(new TotalLine(words.getString("total.due"), formats.amount(total.total()), true));
        }
        return List.copyOf(lines);
    }

    /** {@code pattern} with {0}, {1} … replaced; not MessageFormat, whose quotes would eat French apostrophes. */
    static String fill(String pattern, String... values) {
        String text = pattern;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i]);
        }
        return text;
    }
}
