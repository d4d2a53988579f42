package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.fail;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Databases for the behavioural suite, one per server for the whole test run, with the test
 * schema created once. An unreachable server fails the test when CI=true and skips it otherwise.
 * Also gives "observer" connections: a second, independent connection that shows what is
 * really stored (committed).
 */
final class TestDatabases {
    private static final Map<TestServer, ApplicationDatabase> DATABASES = new EnumMap<>(TestServer.class);
    private static final Map<TestServer, String> UNREACHABLE = new EnumMap<>(TestServer.class);
    /** This run's own schema (PostgreSQL) or database (MariaDB); dropped when the JVM exits. */
    static final String RUN_SCHEMA = "aerie_run_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 100_000);
    private static final Map<TestServer, Boolean> ISOLATED = new EnumMap<>(TestServer.class);

    private TestDatabases() {}

    /** The settings of {@code server} as the application would give them, plus {@code extra} keys. */
    static Config config(TestServer server, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("db.url", url(server));
        values.put("db.user", server.user);
        values.put("db.password", server.password);
        values.put("db.pool.max-size", "4");
        values.put("db.pool.min-size", "0");
        // generous, so that a loaded machine is not mistaken for an outage; tests of the 503 set their own
        values.put("db.pool.connection-timeout", "15s");
        values.putAll(server.settings);
        values.putAll(extra);
        return Config.just(ConfigSources.create(values));
    }

    /** The shared database of {@code server} with the test schema in place, or the test is skipped/failed. */
    static synchronized ApplicationDatabase database(TestServer server) {
        requireReachable(server);
        TestServer owner = server.schemaOwner();
        if (owner != server) {
            database(owner); // one schema per server, made by its first entry
        }
        ApplicationDatabase existing = DATABASES.get(server);
        if (existing != null) {
            return existing;
        }
        ApplicationDatabase database = ApplicationDatabase.create(config(server, Map.of()), TestSchema.SCHEMA);
        if (owner == server) {
            database.dropAll();
            database.createAll();
        }
        DATABASES.put(server, database);
        return database;
    }

    /** A database of its own (closed by the caller), with extra settings; the schema must already exist. */
    static ApplicationDatabase separate(TestServer server, Map<String, String> extra) {
        database(server);
        return ApplicationDatabase.create(config(server, extra), TestSchema.SCHEMA);
    }

    /**
     * The settings of a new, empty schema (PostgreSQL), database (MariaDB) or in-memory database
     * (H2) of its own on {@code server}, for tests that build a schema from nothing (migrations);
     * dropped when the JVM exits. Skips (or fails) the test when the server cannot be reached.
     */
    static synchronized Map<String, String> fresh(TestServer server, String name) {
        requireReachable(server);
        String own = RUN_SCHEMA + "_" + name;
        String url = switch (server) {
            case H2 -> "jdbc:h2:mem:" + own + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
            case POSTGRESQL, POSTGRESQL_VERTX -> server.url + "?currentSchema=" + own;
            case MARIADB -> server.url.substring(0, server.url.lastIndexOf('/') + 1) + own;
        };
        if (server != TestServer.H2) {
            String create = server == TestServer.MARIADB ? "CREATE DATABASE " + own : "CREATE SCHEMA " + own;
            String drop = server == TestServer.MARIADB ? "DROP DATABASE IF EXISTS " + own : "DROP SCHEMA IF EXISTS " + own + " CASCADE";
            try (Connection c = connect(server.url, server); Statement statement = c.createStatement()) {
                statement.execute(drop);
                statement.execute(create);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection c = connect(server.url, server); Statement statement = c.createStatement()) {
                    statement.execute(drop);
                } catch (SQLException e) {
                    System.err.println("could not drop test schema " + own + " on " + server + ": " + e.getMessage());
                }
            }));
        }
        Map<String, String> values = new HashMap<>();
        values.put("db.url", url);
        values.put("db.user", server.user);
        values.put("db.password", server.password);
        values.put("db.pool.max-size", "4");
        values.put("db.pool.min-size", "0");
        values.put("db.pool.connection-timeout", "15s");
        values.putAll(server.settings);
        return values;
    }

    /** Skips (or, with CI=true, fails) the test when {@code server} cannot be reached. */
    static synchronized void requireReachable(TestServer server) {
        if (!ISOLATED.containsKey(server) && !UNREACHABLE.containsKey(server)) {
            try (Connection connection = connect(server.url, server)) {
                isolate(server, connection);
                ISOLATED.put(server, true);
            } catch (SQLException e) {
                UNREACHABLE.put(server, e.getMessage());
            }
        }
        String problem = UNREACHABLE.get(server);
        if (problem != null) {
            String message = server.description + " is unreachable: " + problem;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: database tests must run)");
            }
            Assumptions.abort(message + "; skipping (set CI=true to make this a failure)");
        }
    }

    /** The URL of this run's own schema or database on {@code server}. */
    static String url(TestServer server) {
        return switch (server) {
            case H2 -> server.url; // in memory: private to this JVM already
            case POSTGRESQL, POSTGRESQL_VERTX -> server.url + "?currentSchema=" + RUN_SCHEMA;
            case MARIADB -> server.url.substring(0, server.url.lastIndexOf('/') + 1) + RUN_SCHEMA;
        };
    }

    /** Creates this run's schema/database and drops it when the JVM exits. */
    private static void isolate(TestServer server, Connection connection) throws SQLException {
        if (server.schemaOwner() != server) {
            return; // the schema owner's entry creates (and drops) the run's schema
        }
        String create = switch (server) {
            case H2, POSTGRESQL_VERTX -> null;
            case POSTGRESQL -> "CREATE SCHEMA IF NOT EXISTS " + RUN_SCHEMA;
            case MARIADB -> "CREATE DATABASE IF NOT EXISTS " + RUN_SCHEMA;
        };
        if (create == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
        }
        String drop = server == TestServer.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + RUN_SCHEMA + " CASCADE"
                : "DROP DATABASE IF EXISTS " + RUN_SCHEMA;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (TestDatabases.class) {
                for (TestServer entry : TestServer.values()) {
                    ApplicationDatabase database = entry.schemaOwner() == server ? DATABASES.get(entry) : null;
                    if (database != null) {
                        database.close();
                    }
                }
            }
            try (Connection c = connect(server.url, server); Statement statement = c.createStatement()) {
                statement.execute(drop);
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + RUN_SCHEMA + " on " + server + ": " + e.getMessage());
            }
        }));
    }

    private static Connection connect(String url, TestServer server) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url, server.user, server.password);
    }

    /** A second connection (in this run's schema), autocommit on, that sees only committed data. */
    static Connection observer(TestServer server) throws SQLException {
        requireReachable(server);
        return connect(url(server), server);
    }

    /** Rows of {@code table} as another connection sees them. */
    static long committedRows(TestServer server, String table) {
        return committedLong(server, "SELECT COUNT(*) FROM " + table).orElseThrow();
    }

    /** The first column of the first row of {@code sql}, run on a second connection. */
    static Optional<Long> committedLong(TestServer server, String sql) {
        try (Connection connection = observer(server); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties the test tables (children first) through a second connection. */
    static void clean(TestServer server) {
        try (Connection connection = observer(server); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM rt_books");
            statement.execute("DELETE FROM rt_authors");
            statement.execute("DELETE FROM rt_samples");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
