package dev.aerie.api.db;

import java.util.Map;

/**
 * 400: a NOT NULL, foreign-key or check constraint rejected the data, or a value does not fit its
 * column (too long, a number out of range: SQLState class 22); names the column or constraint.
 */
public final class DataIntegrityException extends DatabaseException {
    public DataIntegrityException(String detail, Map<String, Object> properties, Throwable cause) {
        super(400, "Bad Request", detail, properties, Map.of(), cause);
    }
}
