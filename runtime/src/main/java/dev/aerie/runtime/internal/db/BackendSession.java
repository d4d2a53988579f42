package dev.aerie.runtime.internal.db;

import java.util.List;

/**
 * A session of one of the backends ({@link JdbiSession}, or {@link VertxSession} with
 * {@code db.driver: vertx}): what {@code ApplicationDatabase} and the request binding need beyond the
 * {@link OpenSession} API.
 * For the backends; not an API.
 */
public interface BackendSession extends OpenSession {

    /** Whether a connection has been taken (for tests of laziness and for request completion). */
    boolean connected();

    /** Whether the session's transaction has begun (entity reads before the first write begin none). */
    boolean transactional();

    /** Runs DDL statements as they are: no parameter parsing. */
    void executeScript(List<String> statements);
}
