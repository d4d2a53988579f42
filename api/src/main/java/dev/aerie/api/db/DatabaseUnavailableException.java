package dev.aerie.api.db;

import java.util.Map;

/**
 * 503 with {@code Retry-After}: no connection within the pool's connection timeout (pool exhausted
 * or database down), or the database broke a deadlock or serialization conflict by rolling back
 * this unit of work (SQLState 40001 or 40P01, MariaDB error 1213); in every case nothing was written.
 */
public final class DatabaseUnavailableException extends DatabaseException {
    public DatabaseUnavailableException(String detail, long retryAfterSeconds, Throwable cause) {
        super(503, "Service Unavailable", detail, Map.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)), cause);
    }
}
