package dev.aerie.api.db;

import java.util.Map;

/** 503 with {@code Retry-After}: no connection within the pool's connection timeout (pool exhausted or database down). */
public final class DatabaseUnavailableException extends DatabaseException {
    public DatabaseUnavailableException(String detail, long retryAfterSeconds, Throwable cause) {
        super(503, "Service Unavailable", detail, Map.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)), cause);
    }
}
