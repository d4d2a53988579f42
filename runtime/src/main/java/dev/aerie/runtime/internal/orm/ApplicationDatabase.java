package dev.aerie.runtime.internal.orm;

import dev.aerie.api.db.Database;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.db.BackendSession;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.Drivers;
import dev.aerie.runtime.internal.db.EntityTable;
import dev.aerie.runtime.internal.db.Mappings;
import dev.aerie.runtime.internal.db.OpenSession;
import dev.aerie.runtime.internal.db.PoolStats;
import dev.aerie.runtime.internal.db.Schema;
import dev.aerie.runtime.internal.db.TransactionCounts;
import dev.aerie.runtime.internal.db.jdbc.JdbcBackend;
import dev.aerie.runtime.internal.db.vertx.VertxBackend;
import dev.aerie.runtime.internal.db.vertx.VertxConfig;
import io.helidon.config.Config;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final Dialect dialect;
    private final JdbcBackend jdbc;
    private final Session requestSession;
    /** Present with {@code db.driver: vertx}: sessions run on the Vert.x PostgreSQL client instead of JDBI. */
    private final Optional<VertxBackend> vertx;

    private ApplicationDatabase(DatabaseConfig config, Optional<VertxConfig> vertxConfig, Schema schema, Clock clock) {
        this.config = config;
        this.schema = schema;
        long retryAfter = Math.max(1, (config.connectionTimeout().toMillis() + 999) / 1000);
        this.dialect = config.dialect();
        Mappings mappings = new Mappings(schema);
        Optional<System.Logger> echo = config.echo() ? Optional.of(ECHO) : Optional.empty();
        this.jdbc = new JdbcBackend(config, mappings, retryAfter, echo, clock);
        this.requestSession = new RequestBoundSession(this, "aerie.db.session#" + INSTANCES.incrementAndGet());
        if (vertxConfig.isPresent()) {
            // before anything names VertxBackend, whose linking needs the Vert.x classes
            Drivers.requireVertx(ApplicationDatabase.class.getClassLoader());
        }
        this.vertx = vertxConfig.map(vx -> new VertxBackend(config, vx, mappings, retryAfter, echo, clock));
    }

    /** The database configured by the {@code db.} keys of {@code root}. Opens nothing yet. */
    public static ApplicationDatabase create(Config root, Schema schema) {
        return create(root, schema, Clock.systemUTC());
    }

    /**
     * The database configured by the {@code db.} keys of {@code root}, whose sessions take the time
     * of {@code @CreatedAt}/{@code @UpdatedAt} fields from {@code clock} (the application's own
     * {@code java.time.Clock} binding). Opens nothing yet.
     */
    public static ApplicationDatabase create(Config root, Schema schema, Clock clock) {
        return new ApplicationDatabase(DatabaseConfig.from(root), VertxConfig.from(root), schema, clock);
    }

    /** The database with these settings. Opens nothing yet. */
    public static ApplicationDatabase create(DatabaseConfig config, Schema schema) {
        return new ApplicationDatabase(config, Optional.empty(), schema, Clock.systemUTC());
    }

    /** The database with these settings, its sessions on the Vert.x PostgreSQL client. Opens nothing yet. */
    public static ApplicationDatabase create(DatabaseConfig config, VertxConfig vertxConfig, Schema schema) {
        return new ApplicationDatabase(config, Optional.of(vertxConfig), schema, Clock.systemUTC());
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
        return dialect;
    }

    @Override
    public String dialect() {
        return dialect.id();
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

    public BackendSession newSession() {
        return newSession(config.forceRollback());
    }

    /** A new session, forceRollback when asked; for the request binding. */
    BackendSession newSession(boolean forceRollback) {
        return vertx.isPresent() ? vertx.get().open(forceRollback) : jdbc.open(forceRollback);
    }

    @Override
    public <R, X extends Exception> R withSession(SessionWork<R, X> work) throws X {
        Optional<BackendSession> test = ((RequestBoundSession) requestSession).rollbackOnlySession();
        if (test.isPresent()) {
            return inRollbackOnlyScope(test.get(), work);
        }
        try (BackendSession session = newSession()) {
            R result = work.run(session);
            session.commit();
            return result;
        }
    }

    /**
     * {@code withSession} on a thread whose scope is rollback-only (an {@code @AerieTest(rollback =
     * true)} test): the work runs on the scope's forceRollback session, so the test sees it and
     * nothing is committed. It keeps withSession's rules otherwise: a commit when it returns (which
     * only marks a point), and a failure undoes the work's own writes, back to the point marked
     * before it began.
     */
    private static <R, X extends Exception> R inRollbackOnlyScope(BackendSession session, SessionWork<R, X> work) throws X {
        session.transaction(() -> null); // begins the transaction, so that the commit below marks a point
        session.commit();
        R result;
        try {
            result = work.run(session);
        } catch (Throwable failure) {
            try {
                session.rollback();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        session.commit();
        return result;
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

    /** The JDBC pool (created on first use), also with {@code db.driver: vertx}: migrations run over JDBC. */
    public javax.sql.DataSource jdbcDataSource() {
        return jdbc.dataSource();
    }

    /** The transactions the configured backend's sessions committed and rolled back. */
    public TransactionCounts transactionCounts() {
        return vertx.isPresent() ? vertx.get().transactionCounts() : jdbc.transactionCounts();
    }

    /** Connection counts of the pool right now (all zero before the first connection). */
    public PoolStats poolStats() {
        if (vertx.isPresent()) {
            return vertx.get().poolStats();
        }
        return jdbc.poolStats();
    }

    @Override
    public void close() {
        // not VertxBackend::close: resolving that method reference links VertxBackend, which
        // loads Vert.x classes, and vertx-pg-client is optional (absent on the JDBC path)
        if (vertx.isPresent()) {
            vertx.get().close();
        }
        jdbc.close();
    }

    /** Splits a script into statements: a {@code ;} ends a statement at the end of a line; {@code --} lines are comments. */
    public static List<String> statements(String script) {
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
}
