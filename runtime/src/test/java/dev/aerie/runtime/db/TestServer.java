package dev.aerie.runtime.db;

/**
 * The database servers the behavioural suite runs against. {@link #url} is the server's own
 * database; {@link TestDatabases} gives every test run a schema (PostgreSQL) or database
 * (MariaDB) of its own inside it, so runs from several checkouts at once do not collide.
 */
enum TestServer {
    H2("H2 (in memory)", "jdbc:h2:mem:aerie_runtime_test;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", ""),
    POSTGRESQL("PostgreSQL at 127.0.0.1:5432 (user postgres, database test)", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""),
    MARIADB("MariaDB at 127.0.0.1:3306 (user root, database test)", "jdbc:mariadb://127.0.0.1:3306/test", "root", "");

    final String description;
    final String url;
    final String user;
    final String password;

    TestServer(String description, String url, String user, String password) {
        this.description = description;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Dialect dialect() {
        return Dialect.ofJdbcUrl(url).orElseThrow();
    }
}
