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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One request holds a row lock for 3 s; another waits for it at most 1 s (MariaDB
 * innodb_lock_wait_timeout, error 1205; PostgreSQL lock_timeout, 55P03; H2 LOCK_TIMEOUT, 50200)
 * and answers 503 with Retry-After, a problem with no SQL text, and nothing it wrote stays.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"H2", "POSTGRESQL", "MARIADB", "POSTGRESQL_VERTX"})
class LockWaitTimeoutHttpTest {
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

    private HttpResponse<String> post(String pathAndQuery) throws Exception {
        return CLIENT.send(post(URI.create("http://127.0.0.1:" + http.port() + pathAndQuery)), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest post(URI uri) {
        return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    @Test
    void aRequestThatWaitsTooLongForALockAnswers503WithRetryAfter() throws Exception {
        assertEquals(201, post("/writers?name=locked").statusCode());
        long id = TestDatabasesAccess.committedLong(server, "SELECT id FROM e2e_writers WHERE name = 'locked'");
        CompletableFuture<HttpResponse<String>> holder = CLIENT.sendAsync(
                post(URI.create("http://127.0.0.1:" + http.port() + "/writers/hold-lock?id=" + id + "&pauseMs=3000")),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500); // the holder has its lock
        HttpResponse<String> waiting = post("/writers/wait-for-lock?id=" + id + "&dialect=" + database.dialect());

        assertEquals(503, waiting.statusCode(), waiting.body());
        assertEquals("application/problem+json", waiting.headers().firstValue("Content-Type").orElse(""));
        assertEquals("1", waiting.headers().firstValue("Retry-After").orElse(""), waiting.headers().map().toString());
        assertTrue(waiting.body().contains("lock wait timeout"), waiting.body());
        assertFalse(waiting.body().toLowerCase(Locale.ROOT).contains("update"), "no SQL text: " + waiting.body());
        HttpResponse<String> held = holder.join();
        assertTrue(held.statusCode() / 100 == 2, held.statusCode() + " " + held.body());
        assertEquals(0, TestDatabasesAccess.committedLong(server,
                "SELECT COUNT(*) FROM e2e_writers WHERE name IN ('written-before-the-wait', 'waited')"),
                "the failed request's writes are rolled back");
    }
}
