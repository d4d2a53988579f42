package dev.aerie.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.runtime.internal.cli.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commands the example answers besides serving: routes, graph, db ddl, db migrate, db status. */
class AppCommandsTest {
    private static final String URL = "jdbc:h2:mem:example_commands;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void configure() {
        System.setProperty("db.url", URL);
    }

    @AfterEach
    void unconfigure() {
        System.clearProperty("db.url");
    }

    private String run(String... args) {
        out.reset();
        int status = new Launcher(() -> Aerie.create(AppModule.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args)).exitStatus();
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void routesListTheContract() {
        String routes = run("routes");
        for (String route : List.of("POST +/authors ", "GET +/authors ", "GET +/authors/\\{id} ", "POST +/books ",
                "GET +/books/\\{id} ", "PUT +/books/\\{id} ", "DELETE +/books/\\{id} ", "GET +/books ", "GET +/health ")) {
            assertTrue(routes.lines().anyMatch(line -> line.matches(route + ".*")), route + " in\n" + routes);
        }
    }

    /** The example does not depend on Micrometer: it serves without it, and asking for metrics names the dependency. */
    @Test
    void metricsWithoutMicrometerNameTheDependency() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new Launcher(() -> Aerie.create(AppModule.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                        .run(List.of("--server.port=0", "--server.host=127.0.0.1", "--metrics.enabled=true",
                                // this class's database has tables from 'db create' and no migration history
                                "--db.migrate=false")));
        assertTrue(e.getMessage().contains("io.micrometer:micrometer-registry-prometheus"), e.getMessage());
    }

    /** A listener stands in for the database: {@code routes} must not connect to it. */
    @Test
    void routesOpensNoDatabaseConnection() throws Exception {
        try (java.net.ServerSocket database = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            System.setProperty("db.url", "jdbc:postgresql://127.0.0.1:" + database.getLocalPort() + "/none");
            assertTrue(run("routes").contains("GET"));
            database.setSoTimeout(500);
            try (java.net.Socket connected = database.accept()) {
                throw new AssertionError("routes connected to the database: " + connected);
            } catch (java.net.SocketTimeoutException expected) {
                // nobody came
            }
        }
    }

    @Test
    void graphShowsModulesAndTheExportBooksUse() {
        String mermaid = run("graph");
        assertTrue(mermaid.contains("subgraph m0[\"AppModule\"]"), mermaid);
        assertTrue(mermaid.contains("[\"BooksModule\"]") && mermaid.contains("[\"AuthorsModule\"]"), mermaid);
        assertTrue(mermaid.contains("==>|\"exported by AuthorsModule\"|"), "BooksService injects AuthorsService:\n" + mermaid);
        String dot = run("graph", "--format", "dot");
        assertTrue(dot.contains("digraph \"AppModule\""), dot);
        assertTrue(dot.contains("label=\"exported by AuthorsModule\""), dot);
    }

    /** The tables come from db/migration/h2/V1__init.sql: migrate applies it once, status lists it. */
    @Test
    void migrateAppliesTheFirstScriptOnceAndStatusListsIt() {
        System.setProperty("db.url", "jdbc:h2:mem:example_migrate;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        assertTrue(run("db", "status").contains("1 pending: run 'app db migrate'."), out.toString(StandardCharsets.UTF_8));
        assertEquals("Applied V1 init\nThe database is at version 1.\n", run("db", "migrate").replace("\r", ""));
        assertEquals("Nothing to migrate: the database is at version 1.\n", run("db", "migrate").replace("\r", ""));
        String status = run("db", "status");
        assertTrue(status.lines().anyMatch(line -> line.matches("1 +init +Success +\\d{4}-.*")), status);
        assertTrue(status.contains("Up to date."), status);
    }

    @Test
    void postgresqlDdlHasTheForeignKeyAndTheUniqueIsbn() {
        String ddl = run("db", "ddl", "--dialect", "postgresql");
        assertTrue(ddl.contains("CREATE TABLE IF NOT EXISTS \"authors\""), ddl);
        assertTrue(ddl.contains("CREATE TABLE IF NOT EXISTS \"books\""), ddl);
        assertTrue(ddl.indexOf("\"authors\"") < ddl.indexOf("\"books\""), "referenced table first:\n" + ddl);
        assertTrue(ddl.contains("REFERENCES \"authors\""), ddl);
        assertTrue(ddl.toUpperCase(java.util.Locale.ROOT).contains("UNIQUE"), ddl);
    }

    @Test
    void commandLineOverridesReachTheServedApplicationsDatabase() throws Exception {
        String override = "jdbc:h2:mem:example_override;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
        Launcher.Result result = new Launcher(() -> Aerie.create(AppModule.class),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("--server.port=0", "--server.host=127.0.0.1", "--db.url=" + override));
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + result.server().orElseThrow().port() + "/authors"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Octavia E. Butler\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        } finally {
            result.server().orElseThrow().stop();
        }
        // the row is in the database of the command line, not in the one of the system property
        try (Connection connection = DriverManager.getConnection(override);
             ResultSet rs = connection.createStatement().executeQuery("SELECT name FROM authors")) {
            assertTrue(rs.next());
            assertEquals("Octavia E. Butler", rs.getString(1));
        }
    }

    @Test
    void dbCreateMakesTheTables() throws Exception {
        run("db", "create", "--db.url=" + URL);
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(URL);
             ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.containsAll(List.of("authors", "books")), tables.toString());
    }
}
