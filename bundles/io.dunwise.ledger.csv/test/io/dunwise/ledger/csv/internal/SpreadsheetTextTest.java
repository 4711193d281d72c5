package io.dunwise.ledger.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula injection (issue 18 §3b): the export neutralises what a spreadsheet would run, the import undoes it. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '`', value = {
        "=cmd|' /C calc'!A0 ~ '=cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://x\") ~ '=HYPERLINK(\"http://x\")",
        "+46 8 123 ~ '+46 8 123",
        "-I1:10.00;I2:5 ~ '-I1:10.00;I2:5",
        "@SUM(A1) ~ '@SUM(A1)",
        "'=already quoted ~ ''=already quoted",
        "Nordlys Trading AB ~ Nordlys Trading AB",
        "'quoted text ~ 'quoted text",
        "a=b ~ a=b"})
    void aFormulaIsWrittenBehindAQuote(String value, String cell) {
        assertEquals(cell, SpreadsheetText.neutralised(value));
        assertEquals(value, SpreadsheetText.restored(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tTAB", "\rCR", "''-two", "'", "''", "-", "=", "x", "'x", "'''@"})
    void theRoundTripIsExact(String value) {
        assertEquals(value, SpreadsheetText.restored(SpreadsheetText.neutralised(value)));
        String cell = SpreadsheetText.neutralised(value);
        assertEquals(cell, SpreadsheetText.neutralised(SpreadsheetText.restored(cell)));
    }
}
