package dev.aerie.runtime.internal.db;

import com.zaxxer.hikari.pool.HikariPool;
import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.DataIntegrityException;
import dev.aerie.api.db.DatabaseException;
import dev.aerie.api.db.DatabaseUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns database failures the client caused (or should retry) into {@link DatabaseException}s,
 * by SQLState and, for MariaDB's shared 23000 state, the vendor code. Names of constraints and
 * columns come from the driver's message; values never reach the problem detail.
 * For the backends; not an API.
 */
public final class SqlErrors {
    // PostgreSQL
    private static final Pattern PG_CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern PG_NULL_COLUMN = Pattern.compile("null value in column \"([^\"]+)\"");
    // H2 (identifiers lower case with DATABASE_TO_LOWER)
    private static final Pattern H2_NULL_COLUMN = Pattern.compile("NULL not allowed for column \"([^\"]+)\"");
    private static final Pattern H2_UNIQUE = Pattern.compile("violation: \"(?:[^\".]+\\.)?([^\" ]+) (?:INDEX|ON) ");
    private static final Pattern H2_FK = Pattern.compile("violation: \"([^\": ]+): ");
    // MariaDB
    private static final Pattern MARIA_KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'");
    private static final Pattern MARIA_COLUMN = Pattern.compile("Column '([^']+)' cannot be null|Field '([^']+)' doesn't have a default");
    private static final Pattern MARIA_FK = Pattern.compile("CONSTRAINT `([^`]+)`");

    // class 22, data exceptions: MariaDB and H2 name the column, PostgreSQL only the type
    private static final Pattern MARIA_VALUE_COLUMN = Pattern.compile("for column [`']([^`']+)[`'] at row");
    private static final Pattern H2_VALUE_COLUMN = Pattern.compile("for column \"(?:[^\" ]+\\.)?([^\" .]+) ");
    private static final Pattern H2_NUMERIC_COLUMN = Pattern.compile("for column \"[^\"]* (?:NUMERIC|DECIMAL)\\(");
    private static final Pattern PG_INDEX = Pattern.compile("for index \"([^\"]+)\"");
    private static final Pattern PG_TOO_LONG = Pattern.compile("value too long for type character varying\\((\\d+)\\)");

    /** A deadlock clears as soon as the database has broken it: the client may retry at once. */
    static final long CONFLICT_RETRY_AFTER_SECONDS = 1;

    private SqlErrors() {}

    /** The problem exception for {@code failure}, or {@code failure} itself when it is not one the client caused. */
    public static RuntimeException translate(RuntimeException failure, Dialect dialect, long retryAfterSeconds) {
        return translate(failure, dialect, retryAfterSeconds, Duration.ZERO);
    }

    /**
     * As {@link #translate(RuntimeException, Dialect, long)}; a statement the database cancelled
     * (the statement timeout, {@code statementTimeout}) is a 503 whose Retry-After is that timeout.
     */
    public static RuntimeException translate(RuntimeException failure, Dialect dialect, long retryAfterSeconds,
                                             Duration statementTimeout) {
        if (failure instanceof DatabaseException) {
            return failure;
        }
        Optional<Unavailable> unavailable = unavailable(failure);
        if (unavailable.isPresent()) {
            return unavailable.get().exception(retryAfterSeconds, failure);
        }
        Optional<SQLException> sql = sqlException(failure);
        if (sql.isEmpty()) {
            return failure;
        }
        SQLException e = sql.get();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int code = e.getErrorCode();
        if (state.equals("57014") || dialect == Dialect.MARIADB && (code == 1969 || state.equals("70100"))) {
            // query_canceled (PostgreSQL, H2) / max_statement_time exceeded or interrupted (MariaDB):
            // the request fails, so its unit of work rolls back and nothing of it is kept
            String limit = statementTimeout.isZero() ? "" : " (db.statement-timeout, " + StatementTimeout.describe(statementTimeout) + ")";
            long retryAfter = statementTimeout.isZero() ? retryAfterSeconds
                    : Math.max(1, (statementTimeout.toMillis() + 999) / 1000);
            return new DatabaseUnavailableException("The database cancelled a statement of the request: it ran longer than "
                    + "the statement timeout" + limit + ", or an operator cancelled it. Nothing of the request was kept. "
                    + "Try again later.", retryAfter, failure);
        }
        if (lockWaitTimeout(dialect, state, code)) {
            // the statement waited for a row lock longer than the database allows; the request
            // fails, so its unit of work rolls back (MariaDB by default undoes only the statement)
            return new DatabaseUnavailableException("The request waited too long for a row that a concurrent one holds "
                    + "locked (a lock wait timeout) and nothing was written. Try again.", CONFLICT_RETRY_AFTER_SECONDS, failure);
        }
        if (state.equals("40001") || state.equals("40P01") || dialect == Dialect.MARIADB && code == 1213) {
            // the database undid the whole transaction to break a deadlock (or a serialization
            // conflict): nothing of the unit of work is left, so the client may simply send it again
            return new DatabaseUnavailableException("The request collided with a concurrent one (a deadlock or "
                    + "serialization failure) and nothing was written. Try again.", CONFLICT_RETRY_AFTER_SECONDS, failure);
        }
        if (state.equals("23505") || dialect == Dialect.MARIADB && code == 1062) {
            Optional<String> name = dialect == Dialect.MARIADB ? find(MARIA_KEY, message)
                    : dialect == Dialect.H2 ? find(H2_UNIQUE, message).map(SqlErrors::h2Constraint) : find(PG_CONSTRAINT, message);
            return new DataConflictException("A row with the same value already exists"
                    + name.map(n -> " (unique constraint " + n + ")").orElse("") + ".", props("constraint", name), failure);
        }
        if (state.equals("23502") || dialect == Dialect.MARIADB && (code == 1048 || code == 1364)) {
            Optional<String> column = dialect == Dialect.MARIADB ? find(MARIA_COLUMN, message)
                    : dialect == Dialect.H2 ? find(H2_NULL_COLUMN, message) : find(PG_NULL_COLUMN, message);
            return new DataIntegrityException("A value is required"
                    + column.map(c -> " for column " + c).orElse("") + ".", props("column", column), failure);
        }
        if (state.equals("23503") || state.equals("23506") || dialect == Dialect.MARIADB && (code == 1451 || code == 1452)) {
            Optional<String> name = dialect == Dialect.MARIADB ? find(MARIA_FK, message)
                    : dialect == Dialect.H2 ? find(H2_FK, message) : find(PG_CONSTRAINT, message);
            boolean stillReferenced = code == 1451 || state.equals("23503") && dialect == Dialect.H2
                    || message.contains("is still referenced");
            String what = stillReferenced ? "The row is still referenced by other rows" : "A referenced row does not exist";
            return new DataIntegrityException(what + name.map(n -> " (foreign key " + n + ")").orElse("") + ".",
                    props("constraint", name), failure);
        }
        if (state.equals("23514") || dialect == Dialect.MARIADB && code == 4025) {
            Optional<String> name = dialect == Dialect.MARIADB ? Optional.empty() : find(PG_CONSTRAINT, message);
            return new DataIntegrityException("A value is not allowed"
                    + name.map(n -> " (check constraint " + n + ")").orElse("") + ".", props("constraint", name), failure);
        }
        if (state.equals("54000") && message.contains("index row size")) {
            // PostgreSQL: a value too large for a btree entry (about 2704 bytes), whatever the column's length
            Optional<String> index = find(PG_INDEX, message);
            return new DataIntegrityException("A value is too long to be indexed"
                    + index.map(n -> " (index " + n + ")").orElse("") + ".", props("constraint", index), failure);
        }
        if (state.startsWith("22")) {
            Optional<String> column = switch (dialect) {
                case MARIADB -> find(MARIA_VALUE_COLUMN, message);
                case H2 -> find(H2_VALUE_COLUMN, message);
                default -> Optional.empty();
            };
            Optional<Integer> maxLength = find(PG_TOO_LONG, message).map(Integer::valueOf);
            // H2 says "Value too long" (22001) for a number with more digits than NUMERIC(p, s) holds too
            boolean h2Number = dialect == Dialect.H2 && H2_NUMERIC_COLUMN.matcher(message).find();
            return dataException(h2Number ? "22003" : state, column, maxLength, failure);
        }
        return failure;
    }

    /**
     * A value the database refused (SQLState class 22: too long, out of range, not valid), as a 400
     * naming the column when known and never quoting the value.
     */
    private static DataIntegrityException dataException(String state, Optional<String> column, Optional<Integer> maxLength,
                                                         Throwable cause) {
        String what = switch (state) {
            case "22001" -> "A value is too long";
            case "22003" -> "A number is out of range";
            default -> "A value is not valid (SQLState " + state + ")";
        };
        Map<String, Object> members = props("column", column);
        maxLength.ifPresent(n -> members.put("maxLength", n));
        return new DataIntegrityException(what + column.map(c -> " for column " + c).orElse("")
                + maxLength.map(n -> " (at most " + n + " characters)").orElse("") + ".", members, cause);
    }

    /**
     * The data exception of an entity insert or update, naming the column when the database did
     * not (PostgreSQL): the first whose value is longer than its declared length (22001) or has
     * more integer digits than its precision and scale allow (22003). Anything else as it is.
     */
    public static RuntimeException naming(RuntimeException failure, EntityTable<?> table, Object[] values) {
        if (!(failure instanceof DataIntegrityException e) || e.members().containsKey("column")) {
            return failure;
        }
        Optional<SQLException> sql = sqlException(e.getCause());
        String state = sql.map(SQLException::getSQLState).orElse("");
        if (!state.equals("22001") && !state.equals("22003")) {
            return failure;
        }
        List<EntityTable.ColumnInfo> columns = table.columns();
        for (int i = 0; i < columns.size() && i < values.length; i++) {
            EntityTable.ColumnInfo column = columns.get(i);
            if (column.size() > 0 && (state.equals("22001") ? tooLong(values[i], column) : outOfRange(values[i], column))) {
                Optional<Integer> maxLength = state.equals("22001") ? Optional.of(column.size()) : Optional.empty();
                return dataException(state, Optional.of(column.name()), maxLength, e.getCause());
            }
        }
        return failure;
    }

    private static boolean tooLong(Object value, EntityTable.ColumnInfo column) {
        String text = value instanceof Enum<?> constant ? constant.name() : value instanceof String string ? string : null;
        return text != null && text.codePointCount(0, text.length()) > column.size();
    }

    private static boolean outOfRange(Object value, EntityTable.ColumnInfo column) {
        if (!(value instanceof java.math.BigDecimal number)) {
            return false;
        }
        java.math.BigDecimal rounded = number.setScale(column.scale(), java.math.RoundingMode.HALF_UP);
        return rounded.precision() - rounded.scale() > column.size() - column.scale();
    }

    /**
     * A lock wait that timed out: MariaDB 1205 (SQLState HY000, or 40001 from some servers),
     * PostgreSQL {@code lock_not_available} (55P03, {@code lock_timeout} or {@code NOWAIT}), H2 50200 (HYT00).
     */
    private static boolean lockWaitTimeout(Dialect dialect, String state, int code) {
        return switch (dialect) {
            case MARIADB -> code == 1205;
            case H2 -> code == 50200 || state.equals("HYT00");
            default -> state.equals("55P03");
        };
    }

    /** H2 names the index behind a constraint {@code <constraint>_INDEX_<n>}; the constraint is what the DDL named. */
    private static String h2Constraint(String index) {
        return index.replaceFirst("(?i)_index_[0-9a-z]+$", "");
    }

    private static Optional<Unavailable> unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof HikariPool.PoolInitializationException) {
                return Optional.of(Unavailable.NO_CONNECTION); // Hikari's timeout, whatever the last connect failure was
            }
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
                // connection exception or operator intervention (57P01 admin shutdown): the database went away
                return Optional.of(Unavailable.CONNECTION_LOST);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Why the database cannot serve the request: the 503 detail tells a client (and the log) which. */
    public enum Unavailable {
        /** The pool had no connection within the connection timeout, or none could be opened. */
        NO_CONNECTION("The database is not available right now: no connection could be obtained in time. Try again shortly."),
        /** The connection broke during the request: the server ended it, restarted or is shutting down. */
        CONNECTION_LOST("The connection to the database was lost during the request (the database ended it, restarted "
                + "or is shutting down). Try again shortly.");

        private final String detail;

        Unavailable(String detail) {
            this.detail = detail;
        }

        /** The 503 with Retry-After for {@code failure}. */
        public DatabaseUnavailableException exception(long retryAfterSeconds, Throwable failure) {
            return new DatabaseUnavailableException(detail, retryAfterSeconds, failure);
        }
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return Optional.of(e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                return Optional.of(m.group(group));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> props(String key, Optional<String> value) {
        Map<String, Object> props = new LinkedHashMap<>();
        value.ifPresent(v -> props.put(key, v));
        return props;
    }
}
