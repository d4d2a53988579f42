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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two requests that lock two rows in opposite orders deadlock; the database rolls one back, and
 * that one answers 503 with Retry-After (a problem, no SQL text) while the other succeeds. On H2
 * (40001), PostgreSQL (40P01, JDBC and Vert.x) and MariaDB (1213 / 40001).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"H2", "POSTGRESQL", "MARIADB", "POSTGRESQL_VERTX"})
class DeadlockHttpTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Parameter
    TestDatabasesAccess.Server server;
    Container container;
    AerieServer http;
    ApplicationDatabase database;

    @BeforeEach
    void start() {
        TestDatabasesAccess.settings(server).forEach(System::setProperty);
        System.setProperty("db.pool.max-size", "4");
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
            for (String key : new String[] {"db.url", "db.user", "db.password", "db.driver", "db.pool.max-size"}) {
                System.clearProperty(key);
            }
        }
    }

    private CompletableFuture<HttpResponse<String>> lock(long first, long second) {
        URI uri = URI.create("http://127.0.0.1:" + http.port() + "/writers/lock-in-order?first=" + first + "&second=" + second
                + "&pauseMs=500");
        return CLIENT.sendAsync(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long create(String name) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + http.port() + "/writers?name=" + name);
        HttpResponse<String> created = CLIENT.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return TestDatabasesAccess.committedLong(server, "SELECT id FROM e2e_writers WHERE name = '" + name + "'");
    }

    @Test
    void theRequestTheDatabaseRollsBackAnswers503WithRetryAfter() throws Exception {
        long a = create("a");
        long b = create("b");
        List<HttpResponse<String>> responses = List.of(lock(a, b), lock(b, a)).stream().map(CompletableFuture::join).toList();
        List<HttpResponse<String>> failed = responses.stream().filter(r -> r.statusCode() == 503).toList();
        assertEquals(1, failed.size(), responses.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString());
        HttpResponse<String> deadlocked = failed.get(0);
        assertEquals("application/problem+json", deadlocked.headers().firstValue("Content-Type").orElse(""));
        assertEquals("1", deadlocked.headers().firstValue("Retry-After").orElse(""), deadlocked.headers().map().toString());
        assertTrue(deadlocked.body().contains("deadlock or serialization failure"), deadlocked.body());
        assertFalse(deadlocked.body().toLowerCase(java.util.Locale.ROOT).contains("update"), "no SQL text: " + deadlocked.body());
        HttpResponse<String> other = responses.stream().filter(r -> r != deadlocked).findFirst().orElseThrow();
        assertTrue(other.statusCode() / 100 == 2, other.statusCode() + " " + other.body());
    }
}
