package dev.aerie.runtime.internal.db;

/**
 * The Java types a column may hold; backends bind and read by this. Used by generated code.
 *
 * <p>{@link #ENUM} columns are stored by {@code name()}: {@link EntityTable#values} gives the
 * name as a {@code String}, and generated {@code read} code calls {@code ColumnReader.getString}
 * and then the enum's own {@code valueOf}. {@link #INSTANT} and {@link #OFFSET_DATE_TIME} are
 * stored as {@code TIMESTAMP WITH TIME ZONE} on H2 and PostgreSQL and as UTC {@code DATETIME(6)}
 * on MariaDB (which has no zoned type): an {@code OffsetDateTime} read back from MariaDB is in UTC.
 * For generated code; not an API.
 */
public enum ColumnType {
    STRING, INT, LONG, SHORT, BOOLEAN, DOUBLE, FLOAT, BIG_DECIMAL, UUID, ENUM,
    LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME, BYTES
}
