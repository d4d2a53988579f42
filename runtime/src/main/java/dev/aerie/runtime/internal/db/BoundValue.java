package dev.aerie.runtime.internal.db;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One bind value, set on the statement with the JDBC call that suits its Java type and the
 * dialect; values always travel as parameters, never as SQL text. Its {@code toString} is what
 * the SQL echo prints.
 * For the backends; not an API.
 */
public record BoundValue(Object value, int nullType, Dialect dialect) implements Argument {

    /** A value of a column whose type is known (NULL is typed accordingly). */
    public static BoundValue column(Object value, ColumnType type, Dialect dialect) {
        return new BoundValue(value, sqlType(type, dialect), dialect);
    }

    /** A raw-SQL parameter; its Java type decides how it is bound. */
    public static BoundValue parameter(String name, Object value, Dialect dialect) {
        if (value != null && !supported(value)) {
            throw new IllegalArgumentException("parameter :" + name + " has type " + value.getClass().getName()
                    + ", which cannot be bound; use String, a number, Boolean, BigDecimal, UUID, an enum, "
                    + "LocalDate, LocalDateTime, LocalTime, Instant, OffsetDateTime or byte[]");
        }
        return new BoundValue(value, Types.NULL, dialect);
    }

    @Override
    public void apply(int position, PreparedStatement statement, StatementContext context) throws SQLException {
        switch (value) {
            case null -> statement.setNull(position, nullType);
            case String s -> statement.setString(position, s);
            case Integer i -> statement.setInt(position, i);
            case Long l -> statement.setLong(position, l);
            case Short s -> statement.setShort(position, s);
            case Byte b -> statement.setByte(position, b);
            case Boolean b -> statement.setBoolean(position, b);
            case Double d -> statement.setDouble(position, d);
            case Float f -> statement.setFloat(position, f);
            case BigDecimal d -> statement.setBigDecimal(position, d);
            case byte[] bytes -> statement.setBytes(position, bytes);
            case Enum<?> e -> statement.setString(position, e.name());
            case UUID uuid -> {
                if (dialect == Dialect.MARIADB) {
                    statement.setString(position, uuid.toString());
                } else {
                    statement.setObject(position, uuid);
                }
            }
            // microseconds on every database: PostgreSQL rounds finer values, others may truncate
            case Instant instant -> setZoned(position, statement, instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            case OffsetDateTime time -> setZoned(position, statement, time.truncatedTo(ChronoUnit.MICROS));
            case LocalDate date -> statement.setObject(position, date);
            case LocalDateTime time -> statement.setObject(position, time.truncatedTo(ChronoUnit.MICROS));
            case LocalTime time -> statement.setObject(position, time);
            default -> throw new IllegalArgumentException("cannot bind " + value.getClass().getName());
        }
    }

    private void setZoned(int position, PreparedStatement statement, OffsetDateTime time) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            // MariaDB has no zoned type: store UTC wall time (see ColumnType)
            statement.setObject(position, time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } else {
            statement.setObject(position, time);
        }
    }

    private static boolean supported(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof Boolean || value instanceof byte[] || value instanceof Enum<?> || value instanceof UUID
                || value instanceof Instant || value instanceof OffsetDateTime || value instanceof LocalDate
                || value instanceof LocalDateTime || value instanceof LocalTime;
    }

    private static int sqlType(ColumnType type, Dialect dialect) {
        boolean maria = dialect == Dialect.MARIADB;
        return switch (type) {
            case STRING, ENUM -> Types.VARCHAR;
            case INT -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case SHORT -> Types.SMALLINT;
            case BOOLEAN -> Types.BOOLEAN;
            case DOUBLE -> Types.DOUBLE;
            case FLOAT -> Types.REAL;
            case BIG_DECIMAL -> Types.NUMERIC;
            case UUID -> maria ? Types.VARCHAR : Types.OTHER;
            case LOCAL_DATE -> Types.DATE;
            case LOCAL_DATE_TIME -> Types.TIMESTAMP;
            case INSTANT, OFFSET_DATE_TIME -> maria ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE;
            case BYTES -> Types.VARBINARY;
        };
    }

    @Override
    public String toString() {
        return switch (value) {
            case null -> "NULL";
            case String s -> "'" + s + "'";
            case byte[] bytes -> "<" + bytes.length + " bytes>";
            default -> value.toString();
        };
    }
}
