package dev.aerie.runtime.internal.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.aerie.api.db.Database;
import dev.aerie.api.db.Session;
import io.helidon.config.Config;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One application's database: a HikariCP pool with JDBI on top (or the Vert.x PostgreSQL client),
 * opened on first use (nothing connects while the application starts), and the application's
 * entity tables and mappings. The generated {@code OrmProvider} creates one and binds it as the
 * user-facing {@link Database}. For generated code; not an API.
 */
public final class ApplicationDatabase implements Database {
    private static final System.Logger ECHO = System.getLogger("dev.aerie.db.sql");
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final DatabaseConfig config;
    private final Schema schema;
    private final Backend backend;
    private final Session requestSession;
    /** Present with {@code db.driver: vertx}: sessions run on the Vert.x PostgreSQL client instead of JDBI. */
    private final Optional<VertxBackend> vertx;
    private final Object lock = new Object();
    private volatile HikariDataSource dataSource;
    private volatile Jdbi jdbi;
    private volatile boolean closed;

    private ApplicationDatabase(DatabaseConfig config, Optional<VertxConfig> vertxConfig, Schema schema) {
        this.config = config;
        this.schema = schema;
        long retryAfter = Math.max(1, (config.connectionTimeout().toMillis() + 999) / 1000);
        this.backend = new Backend(this::jdbi, config.dialect(), new Mappings(schema), retryAfter,
                config.echo() ? Optional.of(ECHO) : Optional.empty());
        this.requestSession = new RequestBoundSession(this, "aerie.db.session#" + INSTANCES.incrementAndGet());
        this.vertx = vertxConfig.map(vx -> new VertxBackend(config, vx, backend.mappings(), retryAfter, backend.echo()));
    }

    /** The database configured by the {@code db.} keys of {@code root}. Opens nothing yet. */
    public static ApplicationDatabase create(Config root, Schema schema) {
        return new ApplicationDatabase(DatabaseConfig.from(root), VertxConfig.from(root), schema);
    }

    /** The database with these settings. Opens nothing yet. */
    public static ApplicationDatabase create(DatabaseConfig config, Schema schema) {
        return new ApplicationDatabase(config, Optional.empty(), schema);
    }

    /** The database with these settings, its sessions on the Vert.x PostgreSQL client. Opens nothing yet. */
    public static ApplicationDatabase create(DatabaseConfig config, VertxConfig vertxConfig, Schema schema) {
        return new ApplicationDatabase(config, Optional.of(vertxConfig), schema);
    }

    /**
     * The runtime's own implementation of {@code database}, which the container binds; fails
     * naming the class when an application bound another {@link Database} of its own.
     */
    public static ApplicationDatabase of(Database database) {
        if (database instanceof ApplicationDatabase own) {
            return own;
        }
        throw new IllegalStateException("the bound " + Database.class.getName() + " is a "
                + database.getClass().getName() + ", not the generated OrmProvider's; remove that binding");
    }

    @Override
    public String driver() {
        return vertx.isPresent() ? "vertx" : "jdbc";
    }

    public DatabaseConfig config() {
        return config;
    }

    /** The dialect of the configured URL. */
    public Dialect sqlDialect() {
        return backend.dialect();
    }

    @Override
    public String dialect() {
        return backend.dialect().id();
    }

    public Schema schema() {
        return schema;
    }

    /**
     * The request-bound session: one object for the whole application whose calls go to the
     * current request's own session. Outside a request it fails, naming {@link #withSession}.
     */
    public Session requestSession() {
        return requestSession;
    }

    /** A new session owned by the caller; it takes a connection on first use. Close it. */
    public OpenSession openSession() {
        return newSession();
    }

    /** A new session that rolls back everything when it closes, whatever was committed (for tests). */
    public OpenSession openSession(boolean forceRollback) {
        return newSession(forceRollback);
    }

    BackendSession newSession() {
        return newSession(config.forceRollback());
    }

    private BackendSession newSession(boolean forceRollback) {
        return vertx.isPresent() ? vertx.get().open(forceRollback) : new JdbiSession(backend, forceRollback);
    }

    @Override
    public <R, X extends Exception> R withSession(SessionWork<R, X> work) throws X {
        try (BackendSession session = newSession()) {
            R result = work.run(session);
            session.commit();
            return result;
        }
    }

    /** The CREATE script for {@code dialect} as the processor wrote it, if the application has one. */
    public Optional<String> script(Dialect dialect) {
        return schema.ddl().script(dialect);
    }

    @Override
    public Optional<String> script(String dialect) {
        return Dialect.byId(dialect).flatMap(this::script);
    }

    @Override
    public String ddl() {
        return ddl(sqlDialect());
    }

    /** The CREATE script for {@code dialect}, as the processor wrote it. */
    public String ddl(Dialect dialect) {
        return script(dialect).orElseThrow(() -> new IllegalStateException("there is no DDL for "
                + dialect.id() + " (META-INF/aerie/schema/" + dialect.id() + ".sql); is aerie-processor on the "
                + "annotation processor path, and does the application have @Entity classes?"));
    }

    @Override
    public void createAll() {
        List<String> statements = statements(ddl());
        withSession(session -> {
            ((BackendSession) session).executeScript(statements);
            return null;
        });
    }

    @Override
    public void dropAll() {
        List<String> statements = new ArrayList<>();
        List<EntityTable<?>> tables = schema.entities();
        for (int i = tables.size() - 1; i >= 0; i--) {
            statements.add("DROP TABLE IF EXISTS " + sqlDialect().quote(tables.get(i).table()));
        }
        withSession(session -> {
            ((BackendSession) session).executeScript(statements);
            return null;
        });
    }

    /** Connection counts of the pool right now (all zero before the first connection). */
    public PoolStats poolStats() {
        if (vertx.isPresent()) {
            return vertx.get().poolStats();
        }
        HikariDataSource ds = dataSource;
        HikariPoolMXBean pool = ds == null ? null : ds.getHikariPoolMXBean();
        if (pool == null) {
            return new PoolStats(0, 0, 0, 0);
        }
        return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
                pool.getThreadsAwaitingConnection());
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            // not VertxBackend::close: resolving that method reference links VertxBackend, which
            // loads Vert.x classes, and vertx-pg-client is optional (absent on the JDBC path)
            if (vertx.isPresent()) {
                vertx.get().close();
            }
            if (dataSource != null) {
                dataSource.close();
            }
        }
    }

    private Jdbi jdbi() {
        Jdbi current = jdbi;
        if (current != null && !closed) {
            return current;
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the database has been closed");
            }
            if (jdbi == null) {
                dataSource = pool();
                Jdbi created = Jdbi.create(dataSource);
                // sessions roll back themselves before closing a handle
                created.getConfig(Handles.class).setForceEndTransactions(false);
                backend.echo().ifPresent(echo -> created.getConfig(SqlStatements.class).setSqlLogger(new Echo(echo)));
                jdbi = created;
            }
            return jdbi;
        }
    }

    private HikariDataSource pool() {
        // The no-argument constructor starts the pool on the first getConnection, not here.
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("aerie-db-" + dialect());
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
        return ds;
    }

    /** Splits a script into statements: a {@code ;} ends a statement at the end of a line; {@code --} lines are comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }

    /** What sessions share: JDBI (opened on demand), the dialect, the mappings, error settings and the echo. */
    record Backend(java.util.function.Supplier<Jdbi> jdbiSupplier, Dialect dialect, Mappings mappings,
                   long retryAfterSeconds, Optional<System.Logger> echo) {
        Jdbi jdbi() {
            return jdbiSupplier.get();
        }
    }

    /** PyNest's echo: every statement and its parameters at INFO. */
    private record Echo(System.Logger log) implements SqlLogger {
        @Override
        public void logBeforeExecution(StatementContext context) {
            log.log(Level.INFO, "SQL: {0} {1}", context.getRenderedSql(), context.getBinding());
        }
    }
}
