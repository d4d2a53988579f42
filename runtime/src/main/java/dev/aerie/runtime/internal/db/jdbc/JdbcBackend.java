package dev.aerie.runtime.internal.db.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.aerie.runtime.internal.db.BackendSession;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.Drivers;
import dev.aerie.runtime.internal.db.Mappings;
import dev.aerie.runtime.internal.db.PoolStats;
import dev.aerie.runtime.internal.db.StatementTimeout;
import dev.aerie.runtime.internal.db.TransactionCounts;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The JDBC backend of one application's database: a HikariCP pool with JDBI on top, opened on
 * first use (nothing connects while the application starts), and its sessions. For the runtime's
 * {@code ApplicationDatabase}; not an API.
 */
public final class JdbcBackend implements AutoCloseable {
    private final DatabaseConfig config;
    private final Dialect dialect;
    private final Mappings mappings;
    private final long retryAfterSeconds;
    private final Optional<System.Logger> echo;
    private final java.time.Clock clock;
    private final TransactionCounts transactionCounts = new TransactionCounts();
    private final Object lock = new Object();
    /** A connection a session took without JDBI, handed to the next {@link #open(Connection)} on this thread. */
    private final ThreadLocal<Connection> handedOver = new ThreadLocal<>();
    private volatile HikariDataSource dataSource;
    private volatile Jdbi jdbi;
    private volatile boolean closed;

    public JdbcBackend(DatabaseConfig config, Mappings mappings, long retryAfterSeconds, Optional<System.Logger> echo) {
        this(config, mappings, retryAfterSeconds, echo, java.time.Clock.systemUTC());
    }

    /** As above; {@code clock} gives the time of {@code @CreatedAt}/{@code @UpdatedAt} fields. */
    public JdbcBackend(DatabaseConfig config, Mappings mappings, long retryAfterSeconds, Optional<System.Logger> echo,
                       java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.config = config;
        this.dialect = config.dialect();
        this.mappings = mappings;
        this.retryAfterSeconds = retryAfterSeconds;
        this.echo = echo;
    }

    /** The clock of {@code @CreatedAt}/{@code @UpdatedAt}. */
    java.time.Clock clock() {
        return clock;
    }

    /** A new session; it takes a connection on first use. */
    public BackendSession open(boolean forceRollback) {
        return new JdbiSession(this, forceRollback);
    }

    /** The transactions its sessions committed and rolled back. */
    public TransactionCounts transactionCounts() {
        return transactionCounts;
    }

    /** Connection counts of the pool right now (all zero before the first connection). */
    public PoolStats poolStats() {
        HikariDataSource ds = dataSource;
        HikariPoolMXBean pool = ds == null ? null : ds.getHikariPoolMXBean();
        if (pool == null) {
            return new PoolStats(0, 0, 0, 0);
        }
        return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
                pool.getThreadsAwaitingConnection());
    }

    /** Closes the pool; sessions still open fail on their next use. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (dataSource != null) {
                dataSource.close();
            }
        }
    }

    Dialect dialect() {
        return dialect;
    }

    Mappings mappings() {
        return mappings;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    java.time.Duration statementTimeout() {
        return config.statementTimeout();
    }

    Optional<System.Logger> echo() {
        return echo;
    }

    /** The connection pool, created on first use: Flyway migrates through it, with the same settings as the sessions. */
    public javax.sql.DataSource dataSource() {
        jdbi();
        return dataSource;
    }

    /**
     * A connection of the pool, taken without JDBI: what a session's plain-JDBC reads run on
     * (see {@code JdbiSession}); it goes back to the pool when closed, or into a handle with {@link #open(Connection)}.
     */
    Connection connection() throws SQLException {
        jdbi();
        return dataSource.getConnection();
    }

    /** A JDBI handle on {@code taken}, a connection of this backend's pool that a session already holds. */
    Handle open(Connection taken) {
        Jdbi current = jdbi();
        handedOver.set(taken);
        try {
            return current.open();
        } finally {
            handedOver.remove(); // taken by the factory below; removed here should open() fail before
        }
    }

    /** JDBI over the pool, created on first use. */
    Jdbi jdbi() {
        Jdbi current = jdbi;
        if (current != null && !closed) {
            return current;
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the database has been closed");
            }
            if (jdbi == null) {
                Drivers.requireJdbc(config.url(), JdbcBackend.class.getClassLoader());
                dataSource = pool();
                HikariDataSource pool = dataSource;
                Jdbi created = Jdbi.create(new ConnectionFactory() {
                    @Override
                    public Connection openConnection() throws SQLException {
                        Connection taken = handedOver.get();
                        if (taken != null) {
                            handedOver.remove();
                            return taken;
                        }
                        return pool.getConnection();
                    }
                });
                // sessions roll back themselves before closing a handle
                created.getConfig(Handles.class).setForceEndTransactions(false);
                echo.ifPresent(log -> created.getConfig(SqlStatements.class).setSqlLogger(new Echo(log)));
                jdbi = created;
            }
            return jdbi;
        }
    }

    private HikariDataSource pool() {
        // The no-argument constructor starts the pool on the first getConnection, not here.
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("aerie-db-" + dialect.id());
        ds.setJdbcUrl(config.url());
        config.user().ifPresent(ds::setUsername);
        config.password().ifPresent(ds::setPassword);
        ds.setMaximumPoolSize(config.maxSize());
        ds.setMinimumIdle(config.minIdle());
        ds.setConnectionTimeout(config.connectionTimeout().toMillis());
        // Do not fail while starting the pool: a database that is down gives 503s after the
        // connection timeout, and works again when it is back.
        ds.setInitializationFailTimeout(-1);
        config.driverProperties().forEach(ds::addDataSourceProperty);
        // once per connection, not per statement; Flyway's migrations run under it too (see docs/operations.md)
        StatementTimeout.initSql(dialect, config.statementTimeout()).ifPresent(ds::setConnectionInitSql);
        return ds;
    }

    /** PyNest's echo: every statement and its parameters at INFO. */
    private record Echo(System.Logger log) implements SqlLogger {
        @Override
        public void logBeforeExecution(StatementContext context) {
            log.log(Level.INFO, "SQL: {0} {1}", context.getRenderedSql(), context.getBinding());
        }
    }
}
