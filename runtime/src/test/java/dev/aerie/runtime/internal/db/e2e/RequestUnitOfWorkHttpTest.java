package dev.aerie.runtime.internal.db.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.db.TestDatabasesAccess;
import dev.aerie.runtime.internal.http.AerieServer;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request unit of work over real HTTP: the generated routes, the generated OrmProvider and
 * the request-bound Session on each database. A request that returns commits; one that throws,
 * or fails on a constraint, leaves nothing written (checked on a second connection); an
 * exhausted pool answers 503 with Retry-After.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"H2", "POSTGRESQL", "MARIADB", "POSTGRESQL_VERTX"})
class RequestUnitOfWorkHttpTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Parameter
    TestDatabasesAccess.Server server;
    Container container;
    AerieServer http;
    ApplicationDatabase database;

    @BeforeEach
    void start() {
        Map<String, String> db = TestDatabasesAccess.settings(server);
        db.forEach(System::setProperty);
        System.setProperty("db.pool.max-size", "1");
        // 1 s, not less: the first connection of a fresh pool can take that long on a loaded machine,
        // and the slow request below holds the only connection for 2.5 s, longer than that
        System.setProperty("db.pool.connection-timeout", "1s");
        container = Aerie.create(E2eModule.class);
        database = ApplicationDatabase.of(container.get(dev.aerie.api.db.Database.class));
        database.dropAll();
        database.createAll();
        http = AerieServer.start(container, AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")));
    }

    @AfterEach
    void stop() {
        try {
            http.stop();
            awaitIdle();
            database.dropAll();
            container.close();
        } finally {
            for (String key : new String[] {"db.url", "db.user", "db.password", "db.driver", "db.pool.max-size",
                    "db.pool.connection-timeout"}) {
                System.clearProperty(key);
            }
        }
    }

    private HttpResponse<String> post(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Rows of e2e_writers as a second connection sees them, once the request's session has given its connection back. */
    private long storedWriters() {
        awaitIdle();
        assertEquals(0, database.poolStats().active(), "the request returned its connection");
        return TestDatabasesAccess.committedRows(server, "e2e_writers");
    }

    /** The scope closes just after the response is sent: wait (up to 5 s) until the connection is back. */
    private void awaitIdle() {
        try {
            for (int i = 0; i < 500 && database.poolStats().active() > 0; i++) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String... fragments) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        for (String fragment : fragments) {
            assertTrue(response.body().contains(fragment), "expected " + fragment + " in " + response.body());
        }
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void aRequestThatReturnsCommitsBeforeTheResponse() throws Exception {
        HttpResponse<String> created = post("/writers?name=Le%20Guin");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, TestDatabasesAccess.committedRows(server, "e2e_writers"), "visible as soon as the client has the answer");
        long id = TestDatabasesAccess.committedLong(server, "SELECT MAX(id) FROM e2e_writers");
        HttpResponse<String> read = get("/writers/" + id);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Le Guin", read.body());
        assertProblem(get("/writers/999999"), 404, "no writer 999999");
    }

    @Test
    void aHandlerExceptionRollsBack() throws Exception {
        HttpResponse<String> failed = post("/writers/then-fail?name=ghost");
        assertEquals(500, failed.statusCode(), failed.body());
        assertFalse(failed.body().contains("after writing"), "no internal detail leaks: " + failed.body());
        assertEquals(0, storedWriters());
    }

    @Test
    void anInterceptorThatThrowsAfterTheHandlerWroteRollsBack() throws Exception {
        HttpResponse<String> failed = post("/writers/then-interceptor-fails?name=ghost");
        assertEquals(500, failed.statusCode(), failed.body());
        assertFalse(failed.body().contains("after the handler wrote"), "no internal detail leaks: " + failed.body());
        assertEquals(0, storedWriters());
    }

    @Test
    void aSessionMethodParameterCommitsWhenTheHandlerReturns() throws Exception {
        HttpResponse<String> created = post("/session-param?name=Butler");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, TestDatabasesAccess.committedRows(server, "e2e_writers"), "visible as soon as the client has the answer");
        long id = TestDatabasesAccess.committedLong(server, "SELECT MAX(id) FROM e2e_writers");
        assertEquals("Butler", get("/writers/" + id).body(), "the same row, read through the constructor-injected Session");
    }

    @Test
    void aSessionMethodParameterRollsBackWhenTheHandlerThrows() throws Exception {
        HttpResponse<String> failed = post("/session-param/then-fail?name=ghost");
        assertEquals(500, failed.statusCode(), failed.body());
        assertFalse(failed.body().contains("after writing"), "no internal detail leaks: " + failed.body());
        assertEquals(0, storedWriters());
    }

    @Test
    void aUniqueViolationIs409AndTheRequestsOtherWriteIsUndone() throws Exception {
        assertEquals(201, post("/writers?name=taken").statusCode());
        HttpResponse<String> conflict = post("/writers/two?first=fresh&second=taken");
        assertProblem(conflict, 409, "\"status\":409", "\"title\":\"Conflict\"", "unique constraint");
        assertFalse(conflict.body().contains("taken"), "the value is not echoed: " + conflict.body());
        assertEquals(1, storedWriters(), "'fresh' was rolled back");
    }

    @Test
    void aHandlerThatRecoversFromADuplicateInABlockCommitsOnceAtTheEnd() throws Exception {
        assertEquals(201, post("/writers?name=taken").statusCode());
        HttpResponse<String> created = post("/writers/recover?first=one&maybeTaken=taken&last=two&fail=false");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(3, storedWriters(), "taken, one and two; the duplicate was undone");
    }

    @Test
    void aFailureAfterRecoveringFromADuplicateInABlockRollsBackTheWholeRequest() throws Exception {
        assertEquals(201, post("/writers?name=taken").statusCode());
        HttpResponse<String> failed = post("/writers/recover?first=one&maybeTaken=taken&last=two&fail=true");
        assertEquals(500, failed.statusCode(), failed.body());
        assertEquals(1, storedWriters(), "the block did not commit 'one', and the failure rolled back 'one' and 'two'");
        HttpResponse<String> fresh = post("/writers/recover?first=three&maybeTaken=four&last=five&fail=true");
        assertEquals(500, fresh.statusCode(), fresh.body());
        assertEquals(1, storedWriters(), "a block that succeeded is rolled back with its request too");
    }

    @Test
    void aNotNullViolationIs400NamingTheColumn() throws Exception {
        HttpResponse<String> bad = post("/writers/raw");
        assertProblem(bad, 400, "\"status\":400", "\"column\":\"name\"", "column name");
        assertEquals(0, storedWriters());
    }

    @Test
    void aValueTooLongForItsColumnIs400NamingTheColumn() throws Exception {
        String tooLong = "x".repeat(101); // Writer.name is @Column(length = 100)
        HttpResponse<String> bad = post("/writers/two?first=fresh&second=" + tooLong);
        assertProblem(bad, 400, "\"status\":400", "\"column\":\"name\"", "A value is too long for column name");
        assertFalse(bad.body().contains(tooLong), "the value is not echoed: " + bad.body());
        assertFalse(bad.body().toLowerCase(java.util.Locale.ROOT).contains("insert"), "no SQL text: " + bad.body());
        assertEquals(0, storedWriters(), "'fresh' was rolled back");
    }

    @Test
    void aForeignKeyViolationIs400NamingTheConstraint() throws Exception {
        HttpResponse<String> bad = post("/writers/424242/works?title=Orphan");
        assertProblem(bad, 400, "\"status\":400", "\"constraint\":", "A referenced row does not exist");
        assertEquals(0, storedWriters());
    }

    @Test
    void anExhaustedPoolIs503WithRetryAfter() throws Exception {
        CompletableFuture<HttpResponse<String>> holder = CLIENT.sendAsync(
                HttpRequest.newBuilder(uri("/writers/slow-read?ms=2500")).GET().build(), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 300 && database.poolStats().active() == 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(1, database.poolStats().active(), "the slow request holds the only connection");
        HttpResponse<String> unavailable = post("/writers?name=late");
        assertProblem(unavailable, 503, "\"status\":503");
        assertEquals("1", unavailable.headers().firstValue("Retry-After").orElse(""), unavailable.headers().map().toString());
        assertEquals(204, holder.get().statusCode());
        assertEquals(0, storedWriters());
    }
}
