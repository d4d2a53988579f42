package dev.aerie.conduit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A schema of its own on PostgreSQL at 127.0.0.1:5432 (user postgres, database test) for one test
 * class, made the application's database through {@code aerie.test.db.url} and dropped
 * afterwards. Unreachable: the class is skipped, naming the server; with CI=true it fails.
 */
final class PostgresSchema {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String WHERE = "PostgreSQL at 127.0.0.1:5432 (database test, user postgres)";

    private PostgresSchema() {}

    /** Creates the schema {@code conduit_<name>_<pid>} and points the next {@code @AerieTest} application at it. */
    static String create(String name) throws SQLException {
        String schema = "conduit_" + name + "_" + ProcessHandle.current().pid();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new SQLException(WHERE + " is unreachable and CI=true", unreachable);
            }
            assumeTrue(false, WHERE + " is unreachable: skipped (" + unreachable.getMessage() + ")");
        }
        System.setProperty("aerie.test.db.url", SERVER + "&currentSchema=" + schema);
        return schema;
    }

    static void drop(String schema) throws SQLException {
        System.clearProperty("aerie.test.db.url");
        if (schema == null) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(SERVER);
    }
}
