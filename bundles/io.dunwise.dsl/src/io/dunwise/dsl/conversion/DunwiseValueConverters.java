package io.dunwise.dsl.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the language's values between text and model: dates written {@code 2026-10-01}, numbers kept as
 * written, and exact decimals. Each conversion rejects what it cannot read with a message that says what is
 * expected; the serializer uses the same checks to choose between a quoted text and a number.
 */
public class DunwiseValueConverters extends DefaultTerminalConverters {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** R3, R11: ranks, days and levels; a number too large for them says so instead of "For input string". */
    @Override
    @ValueConverter(rule = "INT")
    public IValueConverter<Integer> INT() {
        return new IValueConverter<>() {
            @Override
            public Integer toValue(String string, INode node) {
                return wholeNumber(string, node);
            }

            @Override
            public String toString(Integer value) {
                return value.toString();
            }
        };
    }

    @ValueConverter(rule = "SignedInt")
    public IValueConverter<Integer> signedInt() {
        return new IValueConverter<>() {
            @Override
            public Integer toValue(String string, INode node) {
                return wholeNumber(string == null ? null : string.replace(" ", ""), node);
            }

            @Override
            public String toString(Integer value) {
                return value.toString();
            }
        };
    }

    private static Integer wholeNumber(String string, INode node) {
        if (string == null || string.isEmpty()) {
            throw new ValueConverterException("a whole number is expected here, e.g. 30", node, null);
        }
        try {
            return Integer.valueOf(string);
        } catch (NumberFormatException tooLarge) {
            throw new ValueConverterException("'" + shortened(string) + "' is too large; whole numbers here go up to "
                    + Integer.MAX_VALUE, node, null);
        }
    }

    /** A value quoted in a message is one short line, whatever was written. */
    static String shortened(String written) {
        String oneLine = written.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    @ValueConverter(rule = "Date")
    public IValueConverter<LocalDate> date() {
        return new IValueConverter<>() {
            @Override
            public LocalDate toValue(String string, INode node) {
                if (string == null) {
                    throw new ValueConverterException("a date is expected here, e.g. 2026-10-01", node, null);
                }
                if (node != null && node.getText().trim().chars().anyMatch(Character::isWhitespace)) {
                    throw new ValueConverterException("a date is written without spaces, as 2026-10-01", node, null);
                }
                try {
                    return LocalDate.parse(string);
                } catch (DateTimeParseException notADate) {
                    // no cause: Xtext would report the cause's message instead of this one
                    throw new ValueConverterException(
                            "'" + shortened(string) + "' is not a date; write it as year-month-day, e.g. 2026-10-01", node, null);
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }

    @ValueConverter(rule = "Number")
    public IValueConverter<String> number() {
        return new IValueConverter<>() {
            @Override
            public String toValue(String string, INode node) {
                if (string == null) {
                    throw new ValueConverterException("a number is expected here, e.g. 50", node, null);
                }
                return string.replace(" ", "");
            }

            @Override
            public String toString(String value) {
                if (value == null || !NUMBER.matcher(value).matches()) {
                    throw new ValueConverterException("'" + value + "' is not a number", null, null);
                }
                return value;
            }
        };
    }

    @ValueConverter(rule = "Decimal")
    public IValueConverter<BigDecimal> decimal() {
        return new IValueConverter<>() {
            @Override
            public BigDecimal toValue(String string, INode node) {
                if (string == null) {
                    // the parser reports what is missing; this says what was expected (issue 18 §3: was an NPE)
                    throw new ValueConverterException("a number is expected here, e.g. 50", node, null);
                }
                try {
                    return new BigDecimal(string.replace(" ", ""));
                } catch (NumberFormatException notANumber) {
                    throw new ValueConverterException("'" + shortened(string) + "' is not a number", node, null);
                }
            }

            @Override
            public String toString(BigDecimal value) {
                return value.toPlainString();
            }
        };
    }
}
