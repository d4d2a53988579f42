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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code metrics.enabled: true} over real HTTP: {@code GET /metrics} in the Prometheus format with
 * request counts and latency histograms per route template and status (never the raw path), the
 * requests in flight, the database pool and the JVM; off by default.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(names = {"H2", "POSTGRESQL_VERTX"})
class MetricsHttpTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Parameter
    TestDatabasesAccess.Server server;
    Container container;
    AerieServer http;

    private void start(Map<String, String> config) {
        TestDatabasesAccess.settings(server).forEach(System::setProperty);
        container = Aerie.create(E2eModule.class);
        ApplicationDatabase database = ApplicationDatabase.of(container.get(dev.aerie.api.db.Database.class));
        database.dropAll();
        database.createAll();
        http = AerieServer.start(container, AerieConfig.of(config));
    }

    @AfterEach
    void stop() {
        try {
            http.stop();
            ApplicationDatabase.of(container.get(dev.aerie.api.db.Database.class)).dropAll();
            container.close();
        } finally {
            for (String key : new String[] {"db.url", "db.user", "db.password", "db.driver"}) {
                System.clearProperty(key);
            }
        }
    }

    @Test
    void requestsPerRouteTemplateAndStatusThePoolAndTheJvm() throws Exception {
        start(Map.of("server.port", "0", "server.host", "127.0.0.1", "metrics.enabled", "true"));
        assertEquals(201, send("POST", "/writers?name=Metrics").statusCode());
        for (int id : new int[] {424242, 424243, 424244}) {
            assertEquals(404, send("GET", "/writers/" + id).statusCode());
        }
        send("GET", "/no/such/route");
        HttpResponse<String> scraped = send("GET", "/metrics");
        assertEquals(200, scraped.statusCode());
        assertTrue(scraped.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String text = scraped.body();
        assertEquals(3, count(text, "http_server_requests_seconds_count\\{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/writers/\\{id}\"}"),
                text);
        assertEquals(1, count(text, "http_server_requests_seconds_count\\{method=\"POST\",outcome=\"SUCCESS\",status=\"201\",uri=\"/writers\"}"),
                text);
        assertTrue(text.contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/writers/{id}\",le=\""),
                "a latency histogram");
        assertTrue(text.contains("uri=\"-\""), "unmatched requests under one series");
        assertFalse(text.contains("424242") || text.contains("/no/such/route"), "never the raw path");
        assertTrue(text.contains("http_server_requests_active"), "in flight");
        assertTrue(text.contains("aerie_db_connections_active") && text.contains("aerie_db_connections_max"), "the pool");
        assertTrue(text.contains("jvm_memory_used_bytes") && text.contains("jvm_threads_live_threads"), "the JVM");
    }

    @Test
    void transactionsCommittedAndRolledBack() throws Exception {
        start(Map.of("server.port", "0", "server.host", "127.0.0.1", "metrics.enabled", "true"));
        String backend = server == TestDatabasesAccess.Server.H2 ? "jdbc" : "vertx";
        String commits = "aerie_db_transactions_total\\{backend=\"" + backend + "\",outcome=\"commit\"}";
        String rollbacks = "aerie_db_transactions_total\\{backend=\"" + backend + "\",outcome=\"rollback\"}";
        String before = send("GET", "/metrics").body();
        long committed = count(before, commits);
        long rolledBack = count(before, rollbacks);
        assertTrue(committed >= 0 && rolledBack >= 0, before);

        assertEquals(201, send("POST", "/writers?name=Counted").statusCode());
        assertEquals(500, send("POST", "/writers/then-fail?name=ghost").statusCode());
        assertEquals(404, send("GET", "/writers/424242").statusCode());

        // the failed request's rollback happens when its scope closes, which may follow the response
        String after = scrapeUntil(text -> count(text, rollbacks) > rolledBack);
        assertEquals(committed + 1, count(after, commits), "the write committed once; the read began no transaction\n" + after);
        assertEquals(rolledBack + 1, count(after, rollbacks), "the failed request rolled back\n" + after);
    }

    private String scrapeUntil(java.util.function.Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String text = send("GET", "/metrics").body();
        while (!done.test(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            text = send("GET", "/metrics").body();
        }
        return text;
    }

    @Test
    void theApplicationsOwnMetersOnTheMeterRegistryItInjects() throws Exception {
        start(Map.of("server.port", "0", "server.host", "127.0.0.1", "metrics.enabled", "true"));
        for (String name : new String[] {"Ada", "Alan", "Barbara"}) {
            assertEquals(201, send("POST", "/writers?name=" + name).statusCode());
        }
        String text = send("GET", "/metrics").body();
        // registered when the container created WriterMeters, before the server (and its registry) existed
        assertEquals(3, count(text, "e2e_writers_added_total"), text);
        assertTrue(text.contains("# HELP e2e_writers_added_total writers added"), text);
        // registered by requests, after the server started
        assertEquals(2, count(text, "e2e_writers_names_total\\{initial=\"A\"}"), text);
        assertEquals(1, count(text, "e2e_writers_names_total\\{initial=\"B\"}"), text);
        assertEquals(3, container.get(MeterRegistry.class).get("e2e.writers.added").counter().count(),
                "the injected registry reads what Prometheus has");
    }

    @Test
    void offByDefault() throws Exception {
        start(Map.of("server.port", "0", "server.host", "127.0.0.1"));
        assertEquals(404, send("GET", "/metrics").statusCode());
        // the application's meters still work, and record nothing: the injected registry has no registry to record in
        assertEquals(201, send("POST", "/writers?name=Unmetered").statusCode());
        MeterRegistry injected = container.get(MeterRegistry.class);
        assertEquals(0, injected.get("e2e.writers.added").counter().count());
        assertTrue(injected instanceof CompositeMeterRegistry composite && composite.getRegistries().isEmpty(),
                injected.toString());
    }

    private static long count(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\d+(\\.\\d+)?)$").matcher(text);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
