package dev.aerie.runtime.internal.db;

import java.util.HashMap;
import java.util.Map;

/** The test database fixtures for tests in other packages. */
public final class TestDatabasesAccess {
    private TestDatabasesAccess() {}

    /** The servers (and backends), by the name TestServer has. */
    public enum Server { H2, POSTGRESQL, MARIADB, POSTGRESQL_VERTX }

    /** db.url/db.user/db.password (and db.driver) of this run's schema on {@code server}; skips or fails when unreachable. */
    public static Map<String, String> settings(Server server) {
        TestServer s = TestServer.valueOf(server.name());
        TestDatabases.requireReachable(s.schemaOwner()); // creates the run's schema
        TestDatabases.requireReachable(s);
        Map<String, String> settings = new HashMap<>();
        settings.put("db.url", TestDatabases.url(s));
        settings.put("db.user", s.user);
        settings.put("db.password", s.password);
        settings.put("db.driver", s.settings.getOrDefault("db.driver", "jdbc"));
        return settings;
    }

    /** The first column of the first row of {@code sql} on a second connection. */
    public static long committedLong(Server server, String sql) {
        return TestDatabases.committedLong(TestServer.valueOf(server.name()), sql).orElseThrow();
    }

    /** Rows of {@code table} as a second connection sees them. */
    public static long committedRows(Server server, String table) {
        return TestDatabases.committedRows(TestServer.valueOf(server.name()), table);
    }
}
