package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.api.db.DatabaseException;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.SqlErrors;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Failures of the Vert.x PostgreSQL client as the same problems the JDBC backend gives: a server
 * error goes through {@link SqlErrors} as the SQLException pgjdbc would have thrown (same state,
 * same message text), so 409/400 and their details are identical; no connection in time, a
 * database that cannot be reached and a connection the server dropped are 503 with Retry-After.
 */
final class PgErrors {
    private PgErrors() {}

    static RuntimeException translate(Throwable failure, long retryAfterSeconds, java.time.Duration statementTimeout) {
        if (failure instanceof DatabaseException e) {
            return e;
        }
        if (unreachable(failure)) {
            return SqlErrors.Unavailable.NO_CONNECTION.exception(retryAfterSeconds, failure);
        }
        if (connectionLost(failure)) {
            return SqlErrors.Unavailable.CONNECTION_LOST.exception(retryAfterSeconds, failure);
        }
        if (failure instanceof PgException pg) {
            String message = pg.getErrorMessage() + (pg.getDetail() == null ? "" : "\n  Detail: " + pg.getDetail());
            SQLException sql = new SQLException("ERROR: " + message, pg.getSqlState(), pg);
            RuntimeException mapped = SqlErrors.translate(new IllegalStateException(pg.getMessage(), sql),
                    Dialect.POSTGRESQL, retryAfterSeconds, statementTimeout);
            return mapped instanceof DatabaseException ? mapped : pg;
        }
        if (failure instanceof VertxException e && e.getMessage() != null && e.getMessage().contains("can not be coerced")) {
            // the client binds by the type PostgreSQL inferred for the parameter and converts no text
            return new IllegalArgumentException(e.getMessage() + " Bind a value of the type the SQL expects "
                    + "(for :n::int an Integer, not a String).", e);
        }
        if (failure instanceof RuntimeException e) {
            return e;
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while waiting for the database", failure);
        }
        return new IllegalStateException(failure.getMessage(), failure);
    }

    /** The connection is gone: closed under the session, or the server ended it (admin shutdown, crash, connection errors). */
    static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClosedConnectionException || t instanceof SocketException) {
                return true; // a socket error: the server ended the connection mid-query ("Connection reset")
            }
            if (t instanceof VertxException && t.getMessage() != null && t.getMessage().startsWith("Connection is not active now")) {
                return true; // used after the server closed it
            }
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** No connection in time (pool timeout or full wait queue), or the server cannot be reached. */
    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectionPoolTooBusyException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof ConnectException
                    || t instanceof UnknownHostException) {
                return true;
            }
            if (t instanceof VertxException && !(t instanceof PgException) && t.getMessage() != null
                    && (t.getMessage().equals("Timeout") || t.getMessage().startsWith("Timeout waiting for connection"))) {
                return true;
            }
        }
        return false;
    }
}
