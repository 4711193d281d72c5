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
 * letter's number, date and customer number, the return line and the address where a window envelope shows them
 * (DIN 5008 form B: the address field 20 mm from the left and 45 mm from the top, 85 × 45 mm, which DL, C5 and C6/5
 * window envelopes show; the address in its lower 27.3 mm), the subject and the wrapped body, the invoice table (its heading repeated on
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
    private static final float MM = 72f / 25.4f;
    /** DIN 5008: text in the address field starts 25 mm from the left edge, 5 mm inside the field. */
    static final float ADDRESS_LEFT = 25 * MM;
    /** The field is 85 mm wide from 20 mm; text keeps 5 mm from its left and right edge. */
    static final float ADDRESS_WIDTH = 75 * MM;
    /** Form B: the address field starts 45 mm from the top; its first lines are the return line and notes. */
    static final float FIELD_TOP_MM = 45;
    /** The address zone: the field's last 27.3 mm, from 62.7 mm to 90 mm from the top. */
    static final float ADDRESS_TOP_MM = 62.7f;
    static final float ADDRESS_BOTTOM_MM = 90;
    private static final float ADDRESS_SIZE = 10;
    private static final float ADDRESS_LEADING = 12;
    private static final float RETURN_SIZE = 7;
    /** DIN 5008 form B: the text of the letter starts 98.5 mm from the top. */
    private static final float TEXT_TOP_MM = 98.5f;

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
        float headBottom = head(letter);
        window(letter.returnLine(), letter.address());
        y = Math.min(headBottom, fromTop(TEXT_TOP_MM));
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

    /** The letter head; returns the baseline below it, where the text may start if the head reaches that low. */
    private float head(LetterDocument letter) throws IOException {
        float left = TOP - 12;
        // the sender keeps to the left of the letter line and date, and above the envelope's window: lines that
        // would show in the window are left out (the return line in the window names the sender)
        float senderWidth = WIDTH - 200;
        float lowest = fromTop(FIELD_TOP_MM - 2);
        if (!letter.sender().isEmpty()) {
            if (!letter.sender().get(0).isBlank()) {
                for (String line : wrap(letter.sender().get(0), bold, 14, senderWidth)) {
                    if (left - 4 < lowest) {
                        break;
                    }
                    text(line, bold, 14, MARGIN, left);
                    left -= 16;
                }
            }
            for (String address : letter.sender().subList(1, letter.sender().size())) {
                for (String line : wrap(address, regular, 9, senderWidth)) {
                    if (left - 3 < lowest) {
                        break;
                    }
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
        return right - 30;
    }

    /**
     * What the envelope's window shows (DIN 5008 form B): the return line at the top of the address field, the
     * address in its address zone. An address of more than six lines is set closer, so that it stays in the zone.
     */
    private void window(String returnLine, List<String> address) throws IOException {
        if (!returnLine.isBlank()) {
            float size = RETURN_SIZE;
            float natural = width(returnLine, regular, size);
            if (natural > ADDRESS_WIDTH) {
                size = Math.max(5, size * ADDRESS_WIDTH / natural);
            }
            String line = wrap(returnLine, regular, size, ADDRESS_WIDTH).get(0);
            grey();
            text(line, regular, size, ADDRESS_LEFT, fromTop(FIELD_TOP_MM + 4));
            black();
            page.setLineWidth(0.3f);
            page.moveTo(ADDRESS_LEFT, fromTop(FIELD_TOP_MM + 4) - 1.5f);
            page.lineTo(ADDRESS_LEFT + width(line, regular, size), fromTop(FIELD_TOP_MM + 4) - 1.5f);
            page.stroke();
        }
        List<String> lines = new ArrayList<>();
        for (String part : address) {
            lines.addAll(wrap(part, regular, ADDRESS_SIZE, ADDRESS_WIDTH));
        }
        float first = fromTop(ADDRESS_TOP_MM) - ADDRESS_SIZE;
        // the last baseline keeps room for descenders above the zone's bottom
        float room = first - (fromTop(ADDRESS_BOTTOM_MM) + 3);
        float leading = lines.size() <= 1 ? ADDRESS_LEADING : Math.min(ADDRESS_LEADING, room / (lines.size() - 1));
        float size = Math.min(ADDRESS_SIZE, leading / 1.15f);
        float baseline = first;
        for (String line : lines) {
            text(line, regular, size, ADDRESS_LEFT, baseline);
            baseline -= leading;
        }
    }

    /** The PDF's y of a line {@code mm} below the top edge of the page. */
    private static float fromTop(float mm) {
        return A4.getHeight() - mm * MM;
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
                int cut = longestFitting(rest, font, size, width);
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

    /**
     * The length of the longest start of {@code word} no wider than {@code width}, at least one character. A binary
     * search: walking back a character at a time measured a 2,000-character word some 2,000 times a line, and 30
     * such letters took nearly a minute (issue 18 §3).
     */
    private int longestFitting(String word, PDFont font, float size, float width) throws IOException {
        int fits = 1;
        int tooWide = word.length();
        while (tooWide - fits > 1) {
            int middle = (fits + tooWide) >>> 1;
            if (width(word.substring(0, middle), font, size) <= width) {
                fits = middle;
            } else {
                tooWide = middle;
            }
        }
        if (Character.isHighSurrogate(word.charAt(fits - 1)) && fits < word.length() && fits > 1) {
            fits--;
        }
        return fits;
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
