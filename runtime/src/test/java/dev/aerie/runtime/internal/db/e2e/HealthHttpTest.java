package dev.aerie.runtime.internal.db.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.api.health.HealthCheck;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.db.TestDatabasesAccess;
import dev.aerie.runtime.internal.http.AerieServer;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code /health/live} and {@code /health/ready} over real HTTP on each database: busy is not
 * down, readiness waits for the tables (and {@code db.create-tables} retries after a start with
 * the database away), an application's own {@link HealthCheck} counts, and a graceful shutdown
 * turns readiness 503 before the server stops accepting.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"H2", "POSTGRESQL", "MARIADB", "POSTGRESQL_VERTX"})
class HealthHttpTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] KEYS = {"db.url", "db.user", "db.password", "db.driver", "db.pool.max-size",
            "db.pool.connection-timeout"};

    @Parameter
    TestDatabasesAccess.Server server;
    Container container;
    AerieServer http;
    ApplicationDatabase database;

    private void start(Map<String, String> db, Map<String, String> serverKeys, boolean tables) {
        db.forEach(System::setProperty);
        container = Aerie.create(E2eModule.class);
        database = ApplicationDatabase.of(container.get(dev.aerie.api.db.Database.class));
        if (tables) {
            database.dropAll();
            database.createAll();
        }
        Map<String, String> config = new HashMap<>(Map.of("server.port", "0", "server.host", "127.0.0.1",
                "health.timeout", "500ms"));
        config.putAll(serverKeys);
        http = AerieServer.start(container, AerieConfig.of(config));
    }

    private Map<String, String> settings() {
        Map<String, String> db = new HashMap<>(TestDatabasesAccess.settings(server));
        db.put("db.pool.max-size", "1");
        db.put("db.pool.connection-timeout", "1s");
        return db;
    }

    @AfterEach
    void stop() {
        try {
            if (http != null) {
                http.stop();
            }
            if (container != null) {
                container.close();
            }
        } finally {
            for (String key : KEYS) {
                System.clearProperty(key);
            }
        }
    }

    @Test
    void liveAndReadyWithTheDatabaseCheckAndTheApplicationsOwn() throws Exception {
        start(settings(), Map.of(), true);
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode());
        assertEquals("{\"status\":\"UP\"}", live.body());
        assertEquals("application/json", live.headers().firstValue("Content-Type").orElse(""));
        assertTrue(live.headers().firstValue("Cache-Control").orElse("").contains("no-cache"), live.headers().map().toString());
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"schema\":\"UP\",\"switch\":\"UP\"}}", ready.body());

        container.get(Switch.class).status = HealthCheck.Status.DOWN;
        HttpResponse<String> down = get("/health/ready");
        assertEquals(503, down.statusCode(), down.body());
        assertTrue(down.body().contains("\"status\":\"DOWN\"") && down.body().contains("\"switch\":\"DOWN\""), down.body());
        assertEquals(200, get("/health/live").statusCode(), "not ready is still alive");
    }

    @Test
    void anExhaustedPoolIsBusyAndStaysReady() throws Exception {
        start(settings(), Map.of(), true);
        assertEquals(200, get("/health/ready").statusCode(), "the tables were seen before the pool is exhausted");
        CompletableFuture<HttpResponse<String>> holder = CLIENT.sendAsync(
                HttpRequest.newBuilder(uri("/writers/slow-read?ms=2500")).GET().build(), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 300 && database.poolStats().active() == 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(1, database.poolStats().active(), "the slow request holds the only connection");
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("{\"status\":\"BUSY\",\"checks\":{\"database\":\"BUSY\",\"schema\":\"UP\",\"switch\":\"UP\"}}",
                ready.body());
        assertEquals(204, holder.get().statusCode());
    }

    @Test
    void readinessWaitsForTheTables() throws Exception {
        start(settings(), Map.of(), false);
        database.dropAll();
        HttpResponse<String> missing = get("/health/ready");
        assertEquals(503, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("\"database\":\"UP\"") && missing.body().contains("\"schema\":\"DOWN\""), missing.body());
        database.createAll();
        assertEquals(200, get("/health/ready").statusCode());
    }

    @Test
    void tablesAreCreatedOnceTheDatabaseComesBackAfterAStartWithoutIt() throws Exception {
        Assumptions.assumeTrue(server == TestDatabasesAccess.Server.POSTGRESQL || server == TestDatabasesAccess.Server.POSTGRESQL_VERTX,
                "a TCP proxy in front of the PostgreSQL server takes it away");
        Map<String, String> db = settings();
        try (TcpProxy proxy = new TcpProxy(5432, true)) {
            String url = db.get("db.url").replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port());
            db.put("db.url", url);
            db.forEach(System::setProperty);
            try (Container setup = Aerie.create(E2eModule.class)) {
                setup.get(dev.aerie.api.db.Database.class).dropAll(); // through the proxy: the same schema
            }
            proxy.down();
            start(db, Map.of("db.create-tables", "true", "db.create-tables-retry", "300ms"), false);
            HttpResponse<String> away = get("/health/ready");
            assertEquals(503, away.statusCode(), away.body());
            assertTrue(away.body().contains("\"database\":\"DOWN\"") && away.body().contains("\"schema\":\"DOWN\""), away.body());

            proxy.up();
            HttpResponse<String> ready = poll("/health/ready", r -> r.statusCode() == 200, Duration.ofSeconds(10));
            assertEquals(200, ready.statusCode(), ready.body());
            HttpResponse<String> read = get("/writers/424242");
            assertEquals(404, read.statusCode(), "the table exists now, without a restart: " + read.body());
            database.dropAll();
        }
    }

    @Test
    void aGracefulShutdownTurnsReadiness503BeforeTheServerStops() throws Exception {
        start(settings(), Map.of("server.shutdown-delay", "1500ms"), true);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(http::stop);
        HttpResponse<String> ready = poll("/health/ready", r -> r.statusCode() == 503, Duration.ofSeconds(1));
        assertEquals(503, ready.statusCode(), ready.body());
        assertEquals("{\"status\":\"DOWN\",\"checks\":{\"shutdown\":\"DOWN\"}}", ready.body());
        assertEquals(404, get("/writers/424242").statusCode(), "requests are still served during the delay");
        // and each response says Connection: close, so a proxy stops reusing its connections before the listener closes
        HttpResponse<String> closing = get("/writers/424242");
        assertEquals(java.util.Optional.of("close"), closing.headers().firstValue("connection"), closing.headers().map().toString());
        stopping.get();
    }

    private HttpResponse<String> poll(String path, Predicate<HttpResponse<String>> done, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = get(path);
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = get(path);
        }
        return last;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
