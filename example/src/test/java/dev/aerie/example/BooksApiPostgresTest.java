package dev.aerie.example;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The HTTP contract on PostgreSQL at 127.0.0.1:5432 (user postgres, database test), in a schema
 * of this run's own that is dropped afterwards. Skipped, naming the server, when it cannot be
 * reached; with CI=true that fails instead.
 */
@AerieTest(AppModule.class)
class BooksApiPostgresTest extends BooksApiContract {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String SCHEMA = "aerie_example_" + ProcessHandle.current().pid();

    BooksApiPostgresTest(AerieClient http) {
        super(http);
    }

    @BeforeAll
    static void createSchema() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new SQLException("PostgreSQL at 127.0.0.1:5432 (database test, user postgres) is unreachable and CI=true", unreachable);
            }
            assumeTrue(false, "PostgreSQL at 127.0.0.1:5432 (database test, user postgres) is unreachable: skipped ("
                    + unreachable.getMessage() + ")");
        }
        // read by @AerieTest when it starts the application, after this method
        System.setProperty("aerie.test.db.url", SERVER + "&currentSchema=" + SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        System.clearProperty("aerie.test.db.url");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(SERVER);
    }
}
