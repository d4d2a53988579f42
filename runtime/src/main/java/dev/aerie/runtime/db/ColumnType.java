package dev.aerie.runtime.db;

/** The Java types a column may hold; backends bind and read by this. Used by generated code. */
public enum ColumnType {
    STRING, INT, LONG, SHORT, BOOLEAN, DOUBLE, FLOAT, BIG_DECIMAL, UUID, ENUM,
    LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME, BYTES
}
