package io.dunwise.ledger.csv.internal;

import io.dunwise.ledger.csv.Progress;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads one ledger file: strict UTF-8 (an optional byte-order mark is skipped), a header naming the columns,
 * then each row with the line it starts on. A missing or unknown column, a row with too many values and text
 * that is not UTF-8 are problems of the file, and so is text Commons CSV cannot parse (an unbalanced quote, text
 * after a closing quote): that ends the file's reading with {@code file:line: message} at the row where it
 * starts (issue 18 §3). The rows are checked by their caller.
 */
final class CsvFileReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final Path path;
    private final String file;
    private final Problems problems;

    CsvFileReader(Path path, Problems problems) {
        this.path = path;
        this.file = path.getFileName().toString();
        this.problems = problems;
    }

    /**
     * Reads every row into {@code rows}; stops at the header if a required column is missing, and at the first
     * byte that is not UTF-8.
     *
     * @return whether every row was read: false when the file could not be read to its end
     */
    boolean read(List<String> required, List<String> optional, Progress progress, Consumer<CsvRow> rows) {
        long size = size();
        try (InputStream raw = Files.newInputStream(path);
                BoundedInputStream counted = BoundedInputStream.builder().setInputStream(raw).get();
                InputStream text = BOMInputStream.builder().setInputStream(new BufferedInputStream(counted, 1 << 16))
                        .get();
                CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(text, strictUtf8()))
                        .setFormat(FORMAT).get()) {
            if (!headerIsComplete(parser.getHeaderNames(), required, optional)) {
                return false;
            }
            int columns = parser.getHeaderNames().size();
            long rowsRead = 0;
            // where the next record starts: where a record Commons CSV cannot parse is reported
            long nextLine = parser.getCurrentLineNumber() + 1;
            try {
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber() - newlinesIn(record);
                    nextLine = parser.getCurrentLineNumber() + 1;
                    CsvRow row = new CsvRow(record, file, line, problems);
                    if (record.size() > columns) {
                        row.problem(record.size() + " values for " + columns + " columns");
                    }
                    row.checkTexts();
                    rows.accept(row);
                    if (++rowsRead % 10_000 == 0) {
                        progress.advance(file, counted.getCount(), size);
                    }
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException syntax) {
                    problems.add(file, nextLine, QuoteProblem.of(syntax));
                    return false;
                }
                throw e;
            }
            progress.advance(file, size, size);
            return true;
        } catch (CSVException e) {
            // the header itself cannot be parsed
            problems.add(file, 1, QuoteProblem.of(e));
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            notUtf8();
        } catch (CharacterCodingException e) {
            notUtf8();
        } catch (IOException e) {
            problems.add(file, 1, "cannot read the file: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV's word for a header it cannot use (a duplicate or empty column name)
            problems.add(file, 1, e.getMessage());
        }
        return false;
    }

    private boolean headerIsComplete(List<String> header, List<String> required, List<String> optional) {
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            problems.add(file, 1, "missing column(s) " + String.join(", ", missing) + "; the header must name "
                    + String.join(",", required));
        }
        List<String> unknown = new ArrayList<>(header);
        unknown.removeAll(required);
        unknown.removeAll(optional);
        if (!unknown.isEmpty()) {
            List<String> known = new ArrayList<>(required);
            known.addAll(optional);
            problems.add(file, 1, "unknown column(s) " + String.join(", ", unknown) + "; known columns: "
                    + String.join(", ", known));
        }
        return missing.isEmpty();
    }

    private long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Line breaks inside the record's quoted values (read for every value of every row: no stream per value). */
    private static long newlinesIn(CSVRecord record) {
        long newlines = 0;
        for (String value : record) {
            for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
                newlines++;
            }
        }
        return newlines;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Finds the first line that is not UTF-8 (read again: this costs only when a file is bad). */
    private void notUtf8() {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int next = in.read(); ; next = in.read()) {
                if (next != '\n' && next != -1) {
                    line.write(next);
                    continue;
                }
                byte[] bytes = line.toByteArray();
                ByteBuffer input = ByteBuffer.wrap(bytes);
                CoderResult result = strictUtf8().decode(input, CharBuffer.allocate(bytes.length), true);
                if (result.isError()) {
                    problems.add(file, number, String.format("not UTF-8 text (byte 0x%02X at column %d); save "
                            + "the file as UTF-8", bytes[input.position()] & 0xFF, input.position() + 1));
                    return;
                }
                if (next == -1) {
                    problems.add(file, number, "not UTF-8 text; save the file as UTF-8");
                    return;
                }
                line.reset();
                number++;
            }
        } catch (IOException e) {
            problems.add(file, 1, "cannot read the file: " + e.getMessage());
        }
    }
}
