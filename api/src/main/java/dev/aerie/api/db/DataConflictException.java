package dev.aerie.api.db;

import java.util.Map;

/** 409: a unique constraint (or the primary key) already holds the value. */
public final class DataConflictException extends DatabaseException {
    public DataConflictException(String detail, Map<String, Object> properties, Throwable cause) {
        super(409, "Conflict", detail, properties, Map.of(), cause);
    }
}
