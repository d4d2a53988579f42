package dev.aerie.runtime.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps the first column of each row to a scalar type (String, numbers, UUID, dates, byte[]). */
final class ScalarRowMapper<T> implements RowMapper<T> {
    private final Class<T> type;
    private final Dialect dialect;

    private ScalarRowMapper(Class<T> type, Dialect dialect) {
        this.type = type;
        this.dialect = dialect;
    }

    /** The mapper for {@code type}, if it is a scalar type. */
    static <T> Optional<RowMapper<T>> of(Class<T> type, Dialect dialect) {
        return supported(type) ? Optional.of(new ScalarRowMapper<>(type, dialect)) : Optional.empty();
    }

    static boolean supported(Class<?> type) {
        return type == String.class || type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Boolean.class || type == boolean.class
                || type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class || type == UUID.class || type == LocalDate.class || type == LocalDateTime.class
                || type == Instant.class || type == OffsetDateTime.class || type == byte[].class;
    }

    @Override
    @SuppressWarnings("unchecked") // each branch reads the type asked for (a box for a primitive class)
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        JdbcColumnReader row = new JdbcColumnReader(rs, new int[] {1}, dialect);
        try {
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
        } catch (JdbcColumnReader.ReadFailure failure) {
            throw failure.getCause();
        }
    }
}
