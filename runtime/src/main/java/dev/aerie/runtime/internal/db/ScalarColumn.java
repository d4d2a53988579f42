package dev.aerie.runtime.internal.db;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Which types a result's first column can be read as directly, and how: shared by the JDBC and Vert.x backends. For the backends; not an API. */
public final class ScalarColumn {
    private ScalarColumn() {}

    public static boolean supported(Class<?> type) {
        return type == String.class || type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Boolean.class || type == boolean.class
                || type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class || type == UUID.class || type == LocalDate.class || type == LocalDateTime.class
                || type == Instant.class || type == OffsetDateTime.class || type == byte[].class;
    }

    /** Column 0 of {@code row} as {@code type}, which must be {@link #supported}. */
    @SuppressWarnings("unchecked") // each branch reads the type asked for (a box for a primitive class)
    public static <T> T read(ColumnReader row, Class<T> type) {
        Object value;
        if (type == String.class) {
            value = row.getString(0);
        } else if (type == Integer.class || type == int.class) {
            value = row.getInt(0);
        } else if (type == Long.class || type == long.class) {
            value = row.getLong(0);
        } else if (type == Short.class || type == short.class) {
            value = row.getShort(0);
        } else if (type == Boolean.class || type == boolean.class) {
            value = row.getBoolean(0);
        } else if (type == Double.class || type == double.class) {
            value = row.getDouble(0);
        } else if (type == Float.class || type == float.class) {
            value = row.getFloat(0);
        } else if (type == BigDecimal.class) {
            value = row.getBigDecimal(0);
        } else if (type == UUID.class) {
            value = row.getUuid(0);
        } else if (type == LocalDate.class) {
            value = row.getLocalDate(0);
        } else if (type == LocalDateTime.class) {
            value = row.getLocalDateTime(0);
        } else if (type == Instant.class) {
            value = row.getInstant(0);
        } else if (type == OffsetDateTime.class) {
            value = row.getOffsetDateTime(0);
        } else {
            value = row.getBytes(0);
        }
        return (T) value;
    }
}
