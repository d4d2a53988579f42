package dev.aerie.api.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One result row of raw SQL, by column label (case-insensitive) or position (0-based). */
public interface Row {

    /** Column labels in result order, lower case. */
    List<String> columns();

    /** The value as the driver gave it; null for SQL NULL. Fails naming the column when absent. */
    Object get(String column);

    Object get(int index);

    /** The value converted to {@code type} (String, numbers and boxes, BigDecimal, UUID, dates, byte[]). */
    <V> Optional<V> get(String column, Class<V> type);

    /** The row as an ordered map from label to value. */
    Map<String, Object> asMap();
}
