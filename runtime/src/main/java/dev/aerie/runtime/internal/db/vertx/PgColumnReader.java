package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.runtime.internal.db.ColumnReader;
import dev.aerie.runtime.internal.db.Columns;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * {@link ColumnReader} over a row of the Vert.x PostgreSQL client: index {@code i} reads result
 * column {@code positions[i]} of the current row, which the caller moves with {@link #at}.
 */
final class PgColumnReader implements ColumnReader {
    private final int[] positions;
    private Row row;

    PgColumnReader(int[] positions) {
        this.positions = positions;
    }

    PgColumnReader at(Row current) {
        this.row = current;
        return this;
    }

    private Object value(int index) {
        return row.getValue(positions[index]);
    }

    @Override
    public String getString(int index) {
        Object value = value(index);
        return value == null ? null : value instanceof String s ? s : value.toString();
    }

    @Override
    public Integer getInt(int index) {
        return value(index) instanceof Number n ? n.intValue() : (Integer) value(index);
    }

    @Override
    public Long getLong(int index) {
        return value(index) instanceof Number n ? n.longValue() : (Long) value(index);
    }

    @Override
    public Short getShort(int index) {
        return value(index) instanceof Number n ? n.shortValue() : (Short) value(index);
    }

    @Override
    public Boolean getBoolean(int index) {
        return (Boolean) value(index);
    }

    @Override
    public Double getDouble(int index) {
        return value(index) instanceof Number n ? n.doubleValue() : (Double) value(index);
    }

    @Override
    public Float getFloat(int index) {
        return value(index) instanceof Number n ? n.floatValue() : (Float) value(index);
    }

    @Override
    public BigDecimal getBigDecimal(int index) {
        return switch (plain(value(index))) {
            case null -> null;
            case BigDecimal decimal -> decimal;
            case Object other -> new BigDecimal(other.toString());
        };
    }

    @Override
    public UUID getUuid(int index) {
        return Columns.toUuid(value(index));
    }

    @Override
    public LocalDate getLocalDate(int index) {
        return switch (value(index)) {
            case null -> null;
            case LocalDate date -> date;
            case LocalDateTime time -> time.toLocalDate();
            case Object other -> throw cannot(other, "LocalDate");
        };
    }

    @Override
    public LocalDateTime getLocalDateTime(int index) {
        return switch (value(index)) {
            case null -> null;
            case LocalDateTime time -> time;
            case OffsetDateTime time -> time.toLocalDateTime();
            case Object other -> throw cannot(other, "LocalDateTime");
        };
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int index) {
        return switch (value(index)) {
            case null -> null;
            case OffsetDateTime time -> time;
            case LocalDateTime utc -> utc.atOffset(ZoneOffset.UTC);
            case Object other -> throw cannot(other, "OffsetDateTime");
        };
    }

    @Override
    public byte[] getBytes(int index) {
        return switch (value(index)) {
            case null -> null;
            case Buffer buffer -> buffer.getBytes();
            case byte[] bytes -> bytes;
            case Object other -> throw cannot(other, "byte[]");
        };
    }

    /** A value of the client as the rest of the runtime sees values: bytea as byte[], numeric as BigDecimal. */
    static Object plain(Object value) {
        return switch (value) {
            case Buffer buffer -> buffer.getBytes();
            case Numeric numeric -> numeric.bigDecimalValue() != null ? numeric.bigDecimalValue() : numeric.doubleValue();
            case null, default -> value;
        };
    }

    private static IllegalStateException cannot(Object value, String type) {
        return new IllegalStateException("cannot read a " + type + " from a " + value.getClass().getName());
    }
}
