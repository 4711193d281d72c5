package io.dunwise.store.jpa.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * A short list of ids or names kept in one column, separated by {@code ;} (the separator of the CSV ledger, which
 * ids and purposes never contain).
 */
@Converter
public class IdList implements AttributeConverter<List<String>, String> {

    static final String SEPARATOR = ";";

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join(SEPARATOR, values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(SEPARATOR, -1));
    }
}
