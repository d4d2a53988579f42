package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.runtime.internal.db.BackendSession;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.Mappings;
import dev.aerie.runtime.internal.db.PoolStats;
import dev.aerie.runtime.internal.db.TransactionCounts;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgNotice;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Vert.x PostgreSQL backend of one {@code ApplicationDatabase} ({@code db.driver: vertx}): a Vert.x
 * instance with a few event loops, a pool of connections that sessions hold for their
 * transaction, and a pipelined pool for reads outside a transaction. Nothing starts until the
 * first session needs it. Sessions wait for the client's futures on their own (virtual) thread,
 * which parks; no event-loop thread ever waits.
 * For the runtime's database; not an API.
 */
public final class VertxBackend implements AutoCloseable {
    private final DatabaseConfig config;
    private final VertxConfig vertxConfig;
    private final Mappings mappings;
    private final long retryAfterSeconds;
    private final Optional<System.Logger> echo;
    private final java.time.Clock clock;
    private final TransactionCounts transactionCounts = new TransactionCounts();
    private final PgSql sql = new PgSql(PgSql.DEFAULT_CAPACITY);
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, PgTable<?>> tables = new java.util.concurrent.ConcurrentHashMap<>();
    /** The clock of {@code @CreatedAt}/{@code @UpdatedAt}. */
    java.time.Clock clock() {
        return clock;
    }

    /** The PostgreSQL application_name of each pool's connections (pg_stat_activity shows which pool a backend serves). */
    public static final String TRANSACTIONS_NAME = "aerie-vertx";
    public static final String READS_NAME = "aerie-vertx-reads";

    private static final System.Logger NOTICES = System.getLogger("dev.aerie.db.notices");
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile Clients clients;
    private volatile boolean closed;

    /** What runs once started: the Vert.x instance and the two pools on it. */
    private record Clients(Vertx vertx, Pool transactions, Pool reads) {}

    public VertxBackend(DatabaseConfig config, VertxConfig vertxConfig, Mappings mappings, long retryAfterSeconds,
                 Optional<System.Logger> echo) {
        this(config, vertxConfig, mappings, retryAfterSeconds, echo, java.time.Clock.systemUTC());
    }

    /** As above; {@code clock} gives the time of {@code @CreatedAt}/{@code @UpdatedAt} fields. */
    public VertxBackend(DatabaseConfig config, VertxConfig vertxConfig, Mappings mappings, long retryAfterSeconds,
                 Optional<System.Logger> echo, java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        if (config.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("db.driver: vertx works with PostgreSQL only, but db.url '"
                    + DatabaseConfig.redact(config.url()) + "' is " + config.dialect().id()
                    + "; use a jdbc:postgresql://host:port/database URL, or db.driver: jdbc");
        }
        this.config = config;
        this.vertxConfig = vertxConfig;
        this.mappings = mappings;
        this.retryAfterSeconds = retryAfterSeconds;
        this.echo = echo;
        connectOptions(TRANSACTIONS_NAME); // a URL the client cannot read fails now, not on the first request
    }

    public BackendSession open(boolean forceRollback) {
        return new VertxSession(this, forceRollback);
    }

    Mappings mappings() {
        return mappings;
    }

    /** The entity's table with its statements in the client's form, worked out on first use. */
    @SuppressWarnings("unchecked") // keyed by the type each table maps
    <T> PgTable<T> table(Class<T> type) {
        PgTable<?> table = tables.get(type);
        if (table == null) {
            table = tables.computeIfAbsent(type, t -> PgTable.of(mappings.table(t)));
        }
        return (PgTable<T>) table;
    }

    @SuppressWarnings("unchecked") // an entity's class is the type of its table
    <T> PgTable<T> tableOf(T entity) {
        return (PgTable<T>) table(entity.getClass());
    }

    PgSql sql() {
        return sql;
    }

    Optional<System.Logger> echo() {
        return echo;
    }

    boolean pipelinedReads() {
        return vertxConfig.pipelinedReads();
    }

    /** The pipelined pool for reads outside a transaction. */
    SqlClient reads() {
        return clients().reads();
    }

    /**
     * {@code read} bounded in time: a pipelined read does not wait for a connection of its own, it
     * queues behind the queries already sent on one, so the pool's connection timeout never fires
     * for it. Without this bound a stalled database would keep every queued read waiting as long
     * as the stall lasts; with it the read fails (503 with Retry-After) after the read timeout,
     * by default the connection timeout, as a JDBC session waiting for a connection does.
     */
    <T> Future<T> bounded(Future<T> read) {
        return read.timeout(readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    Duration readTimeout() {
        return vertxConfig.readTimeout().orElse(config.connectionTimeout());
    }

    /** A connection of its own for a session's transaction; 503 when none comes within the connection timeout. */
    SqlConnection connect() {
        Pool pool = clients().transactions();
        waiting.incrementAndGet();
        SqlConnection connection;
        try {
            connection = await(pool.getConnection());
        } finally {
            waiting.decrementAndGet();
        }
        active.incrementAndGet();
        // PostgreSQL's notices (CREATE ... IF NOT EXISTS says "already exists, skipping") are not
        // problems: the client would log each as a WARNING full of empty fields; FINE here, one line.
        PgConnection.cast(connection).noticeHandler(VertxBackend::notice);
        return connection;
    }

    private static void notice(PgNotice notice) {
        NOTICES.log(System.Logger.Level.DEBUG, () -> "PostgreSQL " + notice.getSeverity() + " " + notice.getCode() + ": "
                + notice.getMessage());
    }

    /** A session gave its connection back. */
    void released() {
        active.decrementAndGet();
    }

    /**
     * Waits on this (virtual) thread for {@code future}: a virtual thread parks and frees its
     * carrier. Refuses to run on an event loop, which must never block.
     */
    <T> T await(Future<T> future) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("The database session was used on a Vert.x event-loop thread, which must "
                    + "never block. Use the Session from request handlers (virtual threads) or threads of your own.");
        }
        try {
            return future.await();
        } catch (Throwable failure) {
            throw translate(failure);
        }
    }

    RuntimeException translate(Throwable failure) {
        return PgErrors.translate(failure, retryAfterSeconds, config.statementTimeout());
    }

    /** The transactions its sessions committed and rolled back. */
    public TransactionCounts transactionCounts() {
        return transactionCounts;
    }

    public PoolStats poolStats() {
        Clients current = clients;
        if (current == null) {
            return new PoolStats(0, 0, 0, 0);
        }
        int busy = active.get();
        int total = current.transactions().size() + current.reads().size();
        return new PoolStats(busy, Math.max(0, total - busy), total, waiting.get());
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            Clients current = clients;
            clients = null;
            if (current != null) {
                current.vertx().close().await(10, TimeUnit.SECONDS); // closes both pools too
            }
        } catch (java.util.concurrent.TimeoutException e) {
            // the event loops stop on their own; nothing is left to commit
        } finally {
            lock.unlock();
        }
    }

    private Clients clients() {
        Clients current = clients;
        if (current != null) {
            return current;
        }
        lock.lock(); // a lock, not synchronized: a virtual thread waiting here must not pin its carrier
        try {
            if (closed) {
                throw new IllegalStateException("the database has been closed");
            }
            if (clients == null) {
                clients = start();
            }
            return clients;
        } finally {
            lock.unlock();
        }
    }

    private Clients start() {
        Vertx vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(vertxConfig.eventLoops())
                .setPreferNativeTransport(false));
        NetClientOptions transport = new NetClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectionTimeout().toMillis()));
        Pool transactions = PgBuilder.pool()
                .with(poolOptions(config.maxSize(), TRANSACTIONS_NAME))
                .with(transport)
                .connectingTo(connectOptions(TRANSACTIONS_NAME))
                .using(vertx)
                .build();
        // PgBuilder.client() is the pooled client whose connections run several queries at once
        SqlClient readClient = PgBuilder.client()
                .with(poolOptions(vertxConfig.readConnections(), READS_NAME))
                .with(transport)
                .connectingTo(connectOptions(READS_NAME))
                .using(vertx)
                .build();
        if (!(readClient instanceof Pool reads)) {
            throw new IllegalStateException("the Vert.x pipelined client is not a pool; cannot report its size");
        }
        return new Clients(vertx, transactions, reads);
    }

    private PoolOptions poolOptions(int size, String name) {
        return new PoolOptions()
                .setName(name)
                .setMaxSize(size)
                .setEventLoopSize(vertxConfig.eventLoops())
                .setMaxWaitQueueSize(vertxConfig.maxWaitQueue())
                .setConnectionTimeout((int) Math.min(Integer.MAX_VALUE, config.connectionTimeout().toMillis()))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
                .setIdleTimeout((int) Math.min(Integer.MAX_VALUE, vertxConfig.idleTimeout().toMillis()))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    }

    /**
     * The JDBC URL as the client's options: host, port and database by the client's own URI
     * parser; of pgjdbc's URL parameters {@code currentSchema} (as {@code search_path}),
     * {@code ApplicationName}, {@code sslmode}, {@code user} and {@code password} carry over, others
     * are JDBC-only and ignored. Then user, password, SSL and statement caching from the settings.
     */
    public PgConnectOptions connectOptions(String applicationName) {
        String url = config.url().substring("jdbc:".length());
        int query = url.indexOf('?');
        PgConnectOptions options;
        try {
            options = PgConnectOptions.fromUri(query < 0 ? url : url.substring(0, query));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("db.url '" + DatabaseConfig.redact(config.url()) + "' cannot be read by the "
                    + "Vert.x PostgreSQL client (" + e.getMessage() + "); write it as jdbc:postgresql://host:port/database", e);
        }
        options.addProperty("application_name", applicationName);
        if (!config.statementTimeout().isZero()) {
            // a startup parameter: the server applies it to the whole connection, nothing per statement
            options.addProperty("statement_timeout", String.valueOf(Math.max(1, config.statementTimeout().toMillis())));
        }
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String value = java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                switch (pair.substring(0, eq).toLowerCase(java.util.Locale.ROOT)) {
                    case "currentschema", "search_path" -> options.addProperty("search_path", value);
                    case "applicationname", "application_name" -> options.addProperty("application_name", value);
                    case "sslmode" -> options.setSslMode(SslMode.of(value));
                    case "user" -> options.setUser(value);
                    case "password" -> options.setPassword(value);
                    default -> { } // pgjdbc's own tuning (prepareThreshold, socketTimeout...) means nothing here
                }
            }
        }
        config.user().ifPresent(options::setUser);
        config.password().ifPresent(options::setPassword);
        options.setPipeliningLimit(vertxConfig.pipeliningLimit())
                .setCachePreparedStatements(true)
                .setPreparedStatementCacheMaxSize(vertxConfig.statementCacheSize());
        config.sslMode().ifPresent(mode -> {
            options.setSslMode(SslMode.of(mode));
            ClientSSLOptions ssl = new ClientSSLOptions();
            switch (mode) {
                // as libpq: require encrypts without checking the certificate
                case "require" -> ssl.setTrustAll(config.sslRootCert().isEmpty());
                case "verify-ca" -> ssl.setHostnameVerificationAlgorithm("");
                case "verify-full" -> ssl.setHostnameVerificationAlgorithm("HTTPS");
                default -> { }
            }
            config.sslRootCert().ifPresent(path -> ssl.setTrustOptions(new PemTrustOptions().addCertPath(path)));
            options.setSslOptions(ssl);
        });
        return options;
    }
}
