package io.dunwise.actions.letter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a {@link LetterDocument} out on A4 pages with Apache PDFBox (R15): the letter head with the sender and the
 * letter's number, date and customer, the subject and the wrapped body, the invoice table (its heading repeated on
 * every page it continues on), the totals, and a footer with the letter number and page on every page.
 *
 * <p>Text is set in Liberation Sans, embedded (a subset), so every reader sees the same letter: it has the glyphs
 * locales write amounts with (no-break and narrow no-break spaces, the minus sign) and the letters of the European
 * languages; a character it lacks (a name in another script) is printed as {@code ?} rather than failing the letter.
 */
final class LetterPdf {

    private static final PDRectangle A4 = PDRectangle.A4;
    /** 2 cm. */
    private static final float MARGIN = 56.7f;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float TOP = A4.getHeight() - MARGIN;
    /** The lowest baseline of content; the footer sits below it. */
    private static final float BOTTOM = MARGIN + 12;
    private static final float FOOTER_BASELINE = MARGIN - 18;
    private static final float TABLE_SIZE = 8.5f;
    private static final float SMALLEST_TABLE_SIZE = 6f;
    private static final float CELL_PADDING = 3f;
    private static final String FONTS = "com/mpobjects/jasperreports/fonts/liberation/";

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    private LetterPdf(PDDocument document) throws IOException {
        this.document = document;
        this.regular = font(document, "LiberationSans-Regular.ttf");
        this.bold = font(document, "LiberationSans-Bold.ttf");
    }

    /** Writes {@code letter} as a PDF to {@code out}. */
    static void write(LetterDocument letter, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(letter.title());
            document.getDocumentInformation().setSubject(letter.subject());
            document.getDocumentInformation().setCreator("Dunwise");
            new LetterPdf(document).layOut(letter);
            document.save(out);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is missing: the Liberation fonts bundle "
                        + "(com.mpobjects.jasperreports.fonts.liberation) is not installed");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private void layOut(LetterDocument letter) throws IOException {
        newPage();
        head(letter);
        recipient(letter.recipient());
        paragraph(letter.subject(), bold, 13, 17);
        y -= 6;
        body(letter.body());
        y -= 10;
        table(letter.table());
        y -= 20;
        totals(letter.totals());
        page.close();
        footers(letter.footer());
    }

    private void head(LetterDocument letter) throws IOException {
        float left = TOP - 12;
        // the sender keeps to the left of the letter line and date
        float senderWidth = WIDTH - 200;
        if (!letter.sender().isEmpty()) {
            if (!letter.sender().get(0).isBlank()) {
                for (String line : wrap(letter.sender().get(0), bold, 14, senderWidth)) {
                    text(line, bold, 14, MARGIN, left);
                    left -= 16;
                }
            }
            for (String address : letter.sender().subList(1, letter.sender().size())) {
                for (String line : wrap(address, regular, 9, senderWidth)) {
                    text(line, regular, 9, MARGIN, left);
                    left -= 11.5f;
                }
            }
        }
        float right = TOP - 12;
        textRight(letter.title(), bold, 11, MARGIN + WIDTH, right);
        right -= 15;
        float labels = MARGIN + WIDTH - 150;
        for (LetterDocument.Fact fact : letter.facts()) {
            grey();
            text(fact.label(), regular, 8.5f, labels, right);
            black();
            textRight(fact.value(), regular, 9.5f, MARGIN + WIDTH, right);
            right -= 12.5f;
        }
        y = Math.min(left, right) - 30;
    }

    private void recipient(List<String> lines) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            paragraph(lines.get(i), i == 0 ? bold : regular, i == 0 ? 11 : 9.5f, i == 0 ? 14 : 12);
        }
        y -= 26;
    }

    private void body(String body) throws IOException {
        for (String line : body.split("\\R", -1)) {
            if (line.isBlank()) {
                y -= 7;
            } else {
                paragraph(line, regular, 10.5f, 14.5f);
            }
        }
    }

    /** Text wrapped to the page's width, a new page when it reaches the bottom. */
    private void paragraph(String text, PDFont font, float size, float leading) throws IOException {
        for (String line : wrap(text, font, size, WIDTH)) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            text(line, font, size, MARGIN, y);
            y -= leading;
        }
    }

    private void table(LetterDocument.Table table) throws IOException {
        int columns = table.headings().size();
        float[] natural = new float[columns];
        for (int c = 0; c < columns; c++) {
            for (String word : table.headings().get(c).split(" ")) {
                natural[c] = Math.max(natural[c], width(word, bold, 1));
            }
            for (List<String> row : table.rows()) {
                natural[c] = Math.max(natural[c], width(row.get(c), regular, 1));
            }
        }
        float sum = 0;
        for (float w : natural) {
            sum += w;
        }
        float padding = 2 * CELL_PADDING * columns;
        float size = Math.max(SMALLEST_TABLE_SIZE, Math.min(TABLE_SIZE, (WIDTH - padding) / sum));
        // the table spans the text's width: the room the values leave goes first to headings that would wrap,
        // then evenly to every column
        float spare = Math.max(0, WIDTH - padding - sum * size);
        float[] wanted = new float[columns];
        float allWanted = 0;
        for (int c = 0; c < columns; c++) {
            wanted[c] = Math.max(0, width(table.headings().get(c), bold, size) - natural[c] * size);
            allWanted += wanted[c];
        }
        float share = allWanted <= spare ? 1 : spare / allWanted;
        float even = (spare - allWanted * share) / columns;
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = natural[c] * size + 2 * CELL_PADDING + wanted[c] * share + even;
        }
        float rowHeight = size * 1.75f;
        tableHeading(table, widths, size);
        for (int r = 0; r < table.rows().size(); r++) {
            if (y - rowHeight < BOTTOM) {
                newPage();
                tableHeading(table, widths, size);
            }
            if (r % 2 == 1) {
                shade(0.95f, y - rowHeight, rowHeight);
            }
            cells(table.rows().get(r), table.numeric(), widths, regular, size, y - rowHeight + size * 0.55f);
            y -= rowHeight;
        }
        rule(0.6f);
    }

    private void tableHeading(LetterDocument.Table table, float[] widths, float size) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> heading = wrap(table.headings().get(c), bold, size, widths[c] - 2 * CELL_PADDING);
            wrapped.add(heading);
            lines = Math.max(lines, heading.size());
        }
        float leading = size * 1.2f;
        float height = lines * leading + size * 0.8f;
        if (y - height - size * 1.75f < BOTTOM) {
            newPage();
        }
        shade(0.86f, y - height, height);
        for (int line = 0; line < lines; line++) {
            List<String> cells = new ArrayList<>();
            for (List<String> heading : wrapped) {
                // headings sit on the bottom line, so that a one-line heading lines up with its column's values
                int offset = lines - heading.size();
                cells.add(line < offset ? "" : heading.get(line - offset));
            }
            cells(cells, table.numeric(), widths, bold, size, y - size * 0.4f - (line + 1) * leading + size * 0.2f);
        }
        y -= height;
        rule(0.6f);
    }

    private void cells(List<String> cells, List<Boolean> numeric, float[] widths, PDFont font, float size,
            float baseline) throws IOException {
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            if (numeric.get(c)) {
                textRight(cells.get(c), font, size, x + widths[c] - CELL_PADDING, baseline);
            } else {
                text(cells.get(c), font, size, x + CELL_PADDING, baseline);
            }
            x += widths[c];
        }
    }

    private void totals(List<LetterDocument.TotalLine> lines) throws IOException {
        float leading = 15;
        if (y - lines.size() * leading < BOTTOM) {
            newPage();
        }
        float amounts = 0;
        for (LetterDocument.TotalLine line : lines) {
            amounts = Math.max(amounts, width(line.amount(), bold, 10));
        }
        float right = MARGIN + WIDTH;
        float labelRight = right - amounts - 16;
        for (LetterDocument.TotalLine line : lines) {
            PDFont font = line.strong() ? bold : regular;
            if (line.strong()) {
                page.setLineWidth(0.6f);
                page.moveTo(labelRight - 150, y + 10.5f);
                page.lineTo(right, y + 10.5f);
                page.stroke();
            }
            textRight(line.label(), font, 10, labelRight, y);
            textRight(line.amount(), font, 10, right, y);
            y -= line.strong() ? leading + 8 : leading;
        }
    }

    /** The footer of every page: the letter number and "page n of m", known only once every page is laid out. */
    private void footers(String footer) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                page = stream;
                String text = footer.replace("{page}", Integer.toString(i + 1))
                        .replace("{pages}", Integer.toString(pages));
                grey();
                text(text, regular, 8, MARGIN + (WIDTH - width(text, regular, 8)) / 2, FOOTER_BASELINE);
            }
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = TOP;
    }

    private void shade(float grey, float bottom, float height) throws IOException {
        page.setNonStrokingColor(grey, grey, grey);
        page.addRect(MARGIN, bottom, WIDTH, height);
        page.fill();
        black();
    }

    private void rule(float lineWidth) throws IOException {
        page.setLineWidth(lineWidth);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + WIDTH, y);
        page.stroke();
    }

    private void grey() throws IOException {
        page.setNonStrokingColor(0.35f, 0.35f, 0.35f);
    }

    private void black() throws IOException {
        page.setNonStrokingColor(0f, 0f, 0f);
    }

    private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        String printable = printable(text, font);
        if (printable.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(printable);
        page.endText();
    }

    private void textRight(String text, PDFont font, float size, float right, float baseline) throws IOException {
        text(text, font, size, right - width(text, font, size), baseline);
    }

    private float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable(text, font)) / 1000f * size;
    }

    /** {@code text} broken into lines no wider than {@code width}, at spaces, or inside a word longer than a line. */
    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with what the font cannot show replaced: control characters by spaces, missing glyphs by '?'. */
    private String printable(String text, PDFont font) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canShow(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }
}
