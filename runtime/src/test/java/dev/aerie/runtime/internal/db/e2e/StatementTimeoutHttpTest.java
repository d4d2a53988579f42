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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code db.statement-timeout}: a request whose statement runs (sleeps) far longer than the
 * timeout answers 503 problem+json with Retry-After within about the timeout, the write it made
 * before is rolled back, and the next request on the same pool works. On H2 (a slow query),
 * PostgreSQL (pg_sleep, JDBC and Vert.x) and MariaDB (SLEEP).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"H2", "POSTGRESQL", "MARIADB", "POSTGRESQL_VERTX"})
class StatementTimeoutHttpTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long TIMEOUT_MS = 1_000;

    @Parameter
    TestDatabasesAccess.Server server;
    Container container;
    AerieServer http;
    ApplicationDatabase database;

    @BeforeEach
    void start() {
        TestDatabasesAccess.settings(server).forEach(System::setProperty);
        // one connection: the request after the cancelled one must get the same connection back in working order
        System.setProperty("db.pool.max-size", "1");
        System.setProperty("db.pool.min-size", "1");
        System.setProperty("db.statement-timeout", TIMEOUT_MS + "ms");
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
            database.dropAll();
            container.close();
        } finally {
            for (String key : new String[] {"db.url", "db.user", "db.password", "db.driver", "db.pool.max-size",
                    "db.pool.min-size", "db.statement-timeout"}) {
                System.clearProperty(key);
            }
        }
    }

    @Test
    void aStatementLongerThanTheTimeoutIs503WithinTheTimeoutAndNothingIsKept() throws Exception {
        String kind = server == TestDatabasesAccess.Server.POSTGRESQL_VERTX ? "postgresql" : server.name().toLowerCase(Locale.ROOT);
        long started = System.nanoTime();
        HttpResponse<String> stalled = send(HttpRequest.newBuilder(uri("/writers/then-stall?name=stalled&kind=" + kind))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(503, stalled.statusCode(), stalled.body());
        assertEquals("application/problem+json", stalled.headers().firstValue("Content-Type").orElse(""));
        assertEquals("1", stalled.headers().firstValue("Retry-After").orElse(""), stalled.headers().map().toString());
        assertTrue(stalled.body().contains("statement timeout (db.statement-timeout, 1s)"), stalled.body());
        assertFalse(stalled.body().toLowerCase(Locale.ROOT).contains("select"), "no SQL text: " + stalled.body());
        // the statement would run for 10 s (minutes on H2); the database cancelled it after about 1 s
        assertTrue(tookMs >= TIMEOUT_MS - 100 && tookMs < TIMEOUT_MS + 3_000, "answered after " + tookMs + " ms");
        assertEquals(0, TestDatabasesAccess.committedRows(server, "e2e_writers"), "the write before the statement is rolled back");

        HttpResponse<String> next = send(HttpRequest.newBuilder(uri("/writers?name=after")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(201, next.statusCode(), next.body());
        long id = TestDatabasesAccess.committedLong(server, "SELECT id FROM e2e_writers WHERE name = 'after'");
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/writers/" + id)).GET().build());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("after", read.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
