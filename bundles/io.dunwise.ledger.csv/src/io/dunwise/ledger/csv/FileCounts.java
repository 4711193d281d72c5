package io.dunwise.ledger.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows each file had, in the order the files were read or written. */
public record FileCounts(Map<String, Long> rows) {

    public FileCounts {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(String file) {
        return rows.getOrDefault(file, 0L);
    }
}
