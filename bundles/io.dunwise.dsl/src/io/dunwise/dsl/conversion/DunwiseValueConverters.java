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

    @ValueConverter(rule = "Date")
    public IValueConverter<LocalDate> date() {
        return new IValueConverter<>() {
            @Override
            public LocalDate toValue(String string, INode node) {
                if (node != null && node.getText().trim().chars().anyMatch(Character::isWhitespace)) {
                    throw new ValueConverterException("a date is written without spaces, as 2026-10-01", node, null);
                }
                try {
                    return LocalDate.parse(string);
                } catch (DateTimeParseException notADate) {
                    // no cause: Xtext would report the cause's message instead of this one
                    throw new ValueConverterException(
                            "'" + string + "' is not a date; write it as year-month-day, e.g. 2026-10-01", node, null);
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
                try {
                    return new BigDecimal(string.replace(" ", ""));
                } catch (NumberFormatException notANumber) {
                    throw new ValueConverterException("'" + string + "' is not a number", node, null);
                }
            }

            @Override
            public String toString(BigDecimal value) {
                return value.toPlainString();
            }
        };
    }
}
