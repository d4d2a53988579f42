package dev.aerie.runtime.internal.db;

import java.util.Map;

/**
 * The database servers (and session backends) the behavioural suite runs against. {@link #url}
 * is the server's own database; {@link TestDatabases} gives every test run a schema (PostgreSQL)
 * or database (MariaDB) of its own inside it, so runs from several checkouts at once do not
 * collide. {@link #settings} are extra {@code db.} keys, such as the driver.
 */
enum TestServer {
    H2("H2 (in memory)", "jdbc:h2:mem:aerie_runtime_test;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", "", Map.of()),
    POSTGRESQL("PostgreSQL at 127.0.0.1:5432 (user postgres, database test)", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", Map.of()),
    MARIADB("MariaDB at 127.0.0.1:3306 (user root, database test)", "jdbc:mariadb://127.0.0.1:3306/test", "root", "", Map.of()),
    /** The same PostgreSQL through the Vert.x reactive client. */
    POSTGRESQL_VERTX("PostgreSQL at 127.0.0.1:5432 (user postgres, database test) through the Vert.x client",
            "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", Map.of("db.driver", "vertx"));

    final String description;
    final String url;
    final String user;
    final String password;
    final Map<String, String> settings;

    TestServer(String description, String url, String user, String password, Map<String, String> settings) {
        this.description = description;
        this.url = url;
        this.user = user;
        this.password = password;
        this.settings = settings;
    }

    /** The entry whose database creates the test schema on this server (one per server, not per backend). */
    TestServer schemaOwner() {
        return this == POSTGRESQL_VERTX ? POSTGRESQL : this;
    }

    Dialect dialect() {
        return Dialect.ofJdbcUrl(url).orElseThrow();
    }
}
