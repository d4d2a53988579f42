package dev.aerie.runtime.internal.db.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stalled database (the table locked by another connection, so every query on it waits) sheds
 * queued reads: beyond what the pool is already running, each read answers 503 problem+json with
 * Retry-After within the connection timeout instead of waiting as long as the stall lasts. On
 * Vert.x the reads are pipelined and do not wait for a connection, so this is the read timeout
 * (by default the connection timeout) at work; on JDBC it is Hikari's connection timeout.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"POSTGRESQL", "POSTGRESQL_VERTX"})
class StalledDatabaseHttpTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int POOL = 2;
    private static final int READS = 30;

    @Parameter
    TestDatabasesAccess.Server server;
    Map<String, String> settings;
    Container container;
    AerieServer http;
    ApplicationDatabase database;

    @BeforeEach
    void start() {
        settings = TestDatabasesAccess.settings(server);
        settings.forEach(System::setProperty);
        System.setProperty("db.pool.max-size", String.valueOf(POOL));
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
            database.dropAll();
            container.close();
        } finally {
            for (String key : new String[] {"db.url", "db.user", "db.password", "db.driver", "db.pool.max-size",
                    "db.pool.connection-timeout"}) {
                System.clearProperty(key);
            }
        }
    }

    @Test
    void queuedReadsAre503WithinTheConnectionTimeoutAndTheNextReadSucceeds() throws Exception {
        assertEquals(201, send(HttpRequest.newBuilder(uri("/writers?name=Stalled")).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        long id = TestDatabasesAccess.committedLong(server, "SELECT MAX(id) FROM e2e_writers");
        List<HttpResponse<String>> shed = new ArrayList<>();
        long slowest;
        try (Connection locker = DriverManager.getConnection(settings.get("db.url"), settings.get("db.user"), settings.get("db.password"));
             Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("LOCK TABLE e2e_writers IN ACCESS EXCLUSIVE MODE");
            long started = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                reads.add(CLIENT.sendAsync(HttpRequest.newBuilder(uri("/writers/" + id)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            // the stall lasts 8 s; what was shed was answered long before that
            Thread.sleep(4_000);
            for (CompletableFuture<HttpResponse<String>> read : reads) {
                if (read.isDone()) {
                    shed.add(read.get());
                }
            }
            slowest = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Thread.sleep(4_000);
            locker.rollback();
            for (CompletableFuture<HttpResponse<String>> read : reads) {
                read.get(20, TimeUnit.SECONDS); // the reads that held a connection finish once the lock is gone
            }
        }
        assertTrue(shed.size() >= READS - POOL, "at least " + (READS - POOL) + " of " + READS
                + " reads answered within " + slowest + " ms, got " + shed.size());
        for (HttpResponse<String> response : shed) {
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.headers().firstValue("Retry-After").isPresent(), response.headers().map().toString());
            assertTrue(response.body().contains("\"status\":503"), response.body());
        }
        HttpResponse<String> after = send(HttpRequest.newBuilder(uri("/writers/" + id)).GET().build());
        assertEquals(200, after.statusCode(), after.body());
        assertEquals("Stalled", after.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
