package dev.aerie.runtime.internal.db;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The current result row, read by 0-based position in the entity's column order. Every getter
 * returns null for SQL NULL. Implemented by each backend (JDBC, Vert.x); used by generated code.
 * For generated code; not an API.
 */
public interface ColumnReader {
    String getString(int index);
    Integer getInt(int index);
    Long getLong(int index);
    Short getShort(int index);
    Boolean getBoolean(int index);
    Double getDouble(int index);
    Float getFloat(int index);
    BigDecimal getBigDecimal(int index);
    UUID getUuid(int index);
    LocalDate getLocalDate(int index);
    LocalDateTime getLocalDateTime(int index);

    /** The instant of {@link #getOffsetDateTime}; null for SQL NULL. */
    default Instant getInstant(int index) {
        OffsetDateTime time = getOffsetDateTime(index);
        return time == null ? null : time.toInstant();
    }

    OffsetDateTime getOffsetDateTime(int index);
    byte[] getBytes(int index);
}
