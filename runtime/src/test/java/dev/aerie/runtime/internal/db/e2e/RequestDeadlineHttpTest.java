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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code server.request-timeout}: a handler that writes, then runs past the 1 s deadline and
 * returns normally answers 503 problem+json with Retry-After and nothing it wrote is committed (as
 * a second connection sees it); requests within the deadline, before and after it on the same
 * single pooled connection, commit as usual. On H2, PostgreSQL, MariaDB and PostgreSQL through Vert.x.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"H2", "POSTGRESQL", "MARIADB", "POSTGRESQL_VERTX"})
class RequestDeadlineHttpTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Parameter
    TestDatabasesAccess.Server server;
    Container container;
    AerieServer http;
    ApplicationDatabase database;

    @BeforeEach
    void start() {
        TestDatabasesAccess.settings(server).forEach(System::setProperty);
        // one connection: the request after the late one must get it back, rolled back and usable
        System.setProperty("db.pool.max-size", "1");
        System.setProperty("db.pool.min-size", "1");
        container = Aerie.create(E2eModule.class);
        database = ApplicationDatabase.of(container.get(dev.aerie.api.db.Database.class));
        database.dropAll();
        database.createAll();
        http = AerieServer.start(container, AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1",
                "server.request-timeout", "1s")));
    }

    @AfterEach
    void stop() {
        try {
            http.stop();
            database.dropAll();
            container.close();
        } finally {
            for (String key : new String[] {"db.url", "db.user", "db.password", "db.driver", "db.pool.max-size",
                    "db.pool.min-size"}) {
                System.clearProperty(key);
            }
        }
    }

    @Test
    void aHandlerPastItsDeadlineIs503AndNothingItWroteIsCommitted() throws Exception {
        HttpResponse<String> before = post("/writers/then-sleep?name=before&ms=10");
        assertEquals(201, before.statusCode(), before.body());
        assertEquals(1, TestDatabasesAccess.committedRows(server, "e2e_writers"));

        long started = System.nanoTime();
        HttpResponse<String> late = post("/writers/then-sleep?name=late&ms=1500");
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(503, late.statusCode(), late.body());
        assertEquals("application/problem+json", late.headers().firstValue("Content-Type").orElse(""));
        assertEquals("1", late.headers().firstValue("Retry-After").orElse(""), late.headers().map().toString());
        assertTrue(late.body().contains("deadline of 1s (server.request-timeout)"), late.body());
        // the handler is not interrupted: it is answered when it returns
        assertTrue(tookMs >= 1_500, "answered after " + tookMs + " ms");
        assertEquals(1, TestDatabasesAccess.committedRows(server, "e2e_writers"), "the late request's write is rolled back");
        assertEquals(0, TestDatabasesAccess.committedLong(server,
                "SELECT COUNT(*) FROM e2e_writers WHERE name = 'late'"));

        HttpResponse<String> after = post("/writers?name=after");
        assertEquals(201, after.statusCode(), after.body());
        long id = TestDatabasesAccess.committedLong(server, "SELECT id FROM e2e_writers WHERE name = 'after'");
        HttpResponse<String> read = CLIENT.send(HttpRequest.newBuilder(uri("/writers/" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("after", read.body());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.port() + path);
    }
}
