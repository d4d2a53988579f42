package dev.aerie.runtime.internal.db;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code db.statement-timeout} as the session setting each database has, run once when a pooled
 * connection opens: the server then cancels every statement that runs longer, at no cost per
 * statement (a JDBC {@code setQueryTimeout} would arm a client-side timer for each one).
 * For the backends; not an API.
 */
public final class StatementTimeout {
    private StatementTimeout() {}

    /** The statement that sets {@code timeout} on a new connection; empty when it is zero (off). */
    public static Optional<String> initSql(Dialect dialect, Duration timeout) {
        if (timeout.isZero()) {
            return Optional.empty();
        }
        long millis = Math.max(1, timeout.toMillis());
        return Optional.of(switch (dialect) {
            case H2 -> "SET QUERY_TIMEOUT " + millis;
            case POSTGRESQL -> "SET statement_timeout = " + millis;
            // MariaDB's variable is in seconds with a fraction (MySQL, not supported, has no such variable)
            case MARIADB -> "SET SESSION max_statement_time = " + BigDecimal.valueOf(millis, 3).toPlainString();
        });
    }

    /** The timeout for a message: {@code 30s}, or {@code 1500ms}. */
    static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }
}
