package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.runtime.internal.cli.Launcher;
import dev.aerie.runtime.internal.db.app.ShelfModule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code app db create|drop|ddl} through the launcher, on the generated schema of the test entities. */
class DbCommandTest {
    private static final String URL = "jdbc:h2:mem:aerie_db_command;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Launcher.Result run(String... args) {
        out.reset();
        err.reset();
        return new Launcher(() -> Aerie.create(ShelfModule.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    @Test
    void ddlPrintsTheGeneratedScriptOfTheDialect() {
        assertEquals(0, run("db", "ddl", "--dialect", "postgresql").exitStatus());
        String script = out.toString(StandardCharsets.UTF_8);
        assertTrue(script.startsWith("-- Schema for PostgreSQL"), script);
        assertTrue(script.contains("CREATE TABLE IF NOT EXISTS \"ddl_edition\""), script);

        assertEquals(0, run("db", "ddl", "--dialect=mysql").exitStatus(), "the configuration-key spelling works too");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("CREATE TABLE IF NOT EXISTS `ddl_author`"));

        assertEquals(0, run("db", "ddl", "--db.url=" + URL).exitStatus(), "the configured database's dialect by default");
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("-- Schema for H2"));
    }

    @Test
    void badArgumentsSayWhatIsExpected() {
        assertEquals(2, run("db", "ddl", "--dialect", "oracle").exitStatus());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown dialect 'oracle'; use h2, postgresql or mariadb"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("db").exitStatus());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: app db create|drop|ddl"));
        assertEquals(2, run("db", "frobnicate").exitStatus());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown db command 'frobnicate'"));
    }

    @Test
    void createAndDropUseTheDatabaseOfTheCommandLine() throws SQLException {
        try (Connection keepAlive = DriverManager.getConnection(URL)) {
            assertEquals(0, run("db", "create", "--db.url=" + URL).exitStatus(), err.toString(StandardCharsets.UTF_8));
            // every entity of this test compilation belongs to the application, not only the ddl_ ones
            assertTrue(out.toString(StandardCharsets.UTF_8).matches("Created the tables of \\d+ entities \\(h2\\)\\.\\R"),
                    out.toString(StandardCharsets.UTF_8));
            assertEquals(List.of("ddl_author", "ddl_edition", "ddl_publisher"), tables(keepAlive));

            assertEquals(0, run("db", "create", "--db.url=" + URL).exitStatus(), "creating again changes nothing");

            assertEquals(0, run("db", "drop", "--db.url=" + URL).exitStatus());
            assertEquals(List.of(), tables(keepAlive));
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_name LIKE 'ddl\\_%' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
