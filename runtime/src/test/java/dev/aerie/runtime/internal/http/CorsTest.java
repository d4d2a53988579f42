package dev.aerie.runtime.internal.http;

import static dev.aerie.runtime.internal.http.HttpPipelineTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.app.HttpAppModule;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code server.cors.*} over real HTTP: preflights, marked responses, refusals, and CORS off by default. */
class CorsTest {
    private static final String APP = "https://app.example.com";
    static Container container;

    @BeforeAll
    static void create() {
        container = Aerie.create(HttpAppModule.class);
    }

    @AfterAll
    static void close() {
        container.close();
    }

    /** A server for the test application with {@code cors} added to its configuration. */
    private static <T> T withServer(Map<String, String> cors, ServerTest<T> test) throws Exception {
        Map<String, String> config = new HashMap<>(Map.of("server.port", "0", "server.host", "127.0.0.1"));
        config.putAll(cors);
        AerieServer server = AerieServer.start(container, AerieConfig.of(config));
        try {
            return test.run(new Http(server.port()));
        } finally {
            server.stop();
        }
    }

    private interface ServerTest<T> {
        T run(Http http) throws Exception;
    }

    private static final Map<String, String> LISTED = Map.of(
            "server.cors.allow-origins.0", APP,
            "server.cors.allow-origins.1", "http://localhost:5173",
            "server.cors.allow-headers", "Content-Type, X-Actor",
            "server.cors.expose-headers", "Location",
            "server.cors.allow-credentials", "true",
            "server.cors.max-age", "10m");

    private static HttpResponse<String> preflight(Http http, String path, String origin, String method, String headers)
            throws Exception {
        HttpRequest.Builder request = http.request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method);
        if (!headers.isEmpty()) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return http.send(request.build());
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    @Test
    void aPreflightFromAListedOriginIsAnsweredForThePathsMethods() throws Exception {
        withServer(LISTED, http -> {
            HttpResponse<String> ok = preflight(http, "/items/3/stock", APP, "PUT", "X-Actor, content-type");
            assertEquals(204, ok.statusCode(), ok.body());
            assertEquals(APP, header(ok, "Access-Control-Allow-Origin"));
            assertEquals("PUT", header(ok, "Access-Control-Allow-Methods"));
            assertEquals("x-actor, content-type", header(ok, "Access-Control-Allow-Headers"));
            assertEquals("600", header(ok, "Access-Control-Max-Age"));
            assertEquals("true", header(ok, "Access-Control-Allow-Credentials"));
            assertEquals("Origin", header(ok, "Vary"));

            HttpResponse<String> item = preflight(http, "/items/3", "http://localhost:5173", "DELETE", "");
            assertEquals(204, item.statusCode(), item.body());
            assertEquals("DELETE, GET, HEAD", header(item, "Access-Control-Allow-Methods"));
            assertEquals("(none)", header(item, "Access-Control-Allow-Headers"));
            return null;
        });
    }

    @Test
    void refusedPreflightsAreProblemsThatSayWhatWasRefused() throws Exception {
        withServer(LISTED, http -> {
            HttpResponse<String> origin = preflight(http, "/items/3", "https://evil.example", "GET", "");
            assertProblem(origin, 403, "The origin https://evil.example may not call this server",
                    "server.cors.allow-origins");
            assertEquals("(none)", header(origin, "Access-Control-Allow-Origin"));
            assertProblem(preflight(http, "/items/3/stock", APP, "PATCH", ""), 403,
                    "PATCH is not allowed for cross-origin requests to /items/3/stock; allowed: PUT");
            assertProblem(preflight(http, "/items/3/stock", APP, "PUT", "X-Actor, X-Secret"), 403,
                    "The request header x-secret is not allowed", "allowed: content-type, x-actor");
            assertProblem(preflight(http, "/nowhere", APP, "GET", ""), 404, "No route matches /nowhere");
            return null;
        });
    }

    @Test
    void responsesToListedOriginsCarryTheCorsHeadersErrorsToo() throws Exception {
        withServer(LISTED, http -> {
            HttpResponse<String> item = http.send(http.request("/items/7").header("Origin", APP).GET().build());
            assertEquals(200, item.statusCode(), item.body());
            assertEquals(APP, header(item, "Access-Control-Allow-Origin"));
            assertEquals("true", header(item, "Access-Control-Allow-Credentials"));
            assertEquals("Location", header(item, "Access-Control-Expose-Headers"));
            assertEquals("Origin", header(item, "Vary"));

            HttpResponse<String> bad = http.send(http.request("/items/x1").header("Origin", APP).GET().build());
            assertProblem(bad, 400, "path variable 'id'");
            assertEquals(APP, header(bad, "Access-Control-Allow-Origin"));

            // served, but unmarked: the browser keeps it from the page
            HttpResponse<String> other = http.send(http.request("/items/7").header("Origin", "https://evil.example").GET().build());
            assertEquals(200, other.statusCode(), other.body());
            assertEquals("(none)", header(other, "Access-Control-Allow-Origin"));
            assertEquals("Origin", header(other, "Vary"));

            HttpResponse<String> sameOrigin = http.get("/items/7");
            assertEquals("(none)", header(sameOrigin, "Access-Control-Allow-Origin"));
            return null;
        });
    }

    @Test
    void anyOriginAnswersWithAStarAndNoVary() throws Exception {
        withServer(Map.of("server.cors.allow-origins", "*"), http -> {
            HttpResponse<String> ok = preflight(http, "/items/3/stock", "https://anyone.example", "PUT", "X-Actor");
            assertEquals(204, ok.statusCode(), ok.body());
            assertEquals("*", header(ok, "Access-Control-Allow-Origin"));
            assertEquals("x-actor", header(ok, "Access-Control-Allow-Headers"), "any requested header, when none are listed");
            assertEquals("3600", header(ok, "Access-Control-Max-Age"));
            assertEquals("(none)", header(ok, "Vary"));
            assertEquals("(none)", header(ok, "Access-Control-Allow-Credentials"));
            return null;
        });
    }

    @Test
    void withoutConfigurationThereIsNoCors() throws Exception {
        withServer(Map.of(), http -> {
            HttpResponse<String> options = preflight(http, "/items/3", APP, "GET", "");
            assertEquals(204, options.statusCode(), options.body());
            assertEquals("DELETE, GET, HEAD, OPTIONS", header(options, "Allow"));
            assertEquals("(none)", header(options, "Access-Control-Allow-Origin"));
            HttpResponse<String> item = http.send(http.request("/items/7").header("Origin", APP).GET().build());
            assertEquals("(none)", header(item, "Access-Control-Allow-Origin"));
            return null;
        });
    }

    @Test
    void settingsAcceptListsAndCommaSeparatedValues() {
        CorsSettings listed = CorsSettings.from(AerieConfig.of(LISTED)).orElseThrow();
        assertEquals(Set.of(APP, "http://localhost:5173"), listed.origins());
        assertEquals(Set.of("content-type", "x-actor"), listed.headers());
        assertEquals(List.of("Location"), listed.exposeHeaders());
        assertEquals(Duration.ofMinutes(10), listed.maxAge());
        CorsSettings joined = CorsSettings.from(AerieConfig.of(Map.of(
                "server.cors.allow-origins", APP + ", http://localhost:5173", "server.cors.allow-methods", "get,post")))
                .orElseThrow();
        assertEquals(listed.origins(), joined.origins());
        assertEquals(Set.of("GET", "POST"), joined.methods());
        assertEquals(Optional.empty(), CorsSettings.from(AerieConfig.of(Map.of("server.port", "0"))));
    }

    @Test
    void misconfigurationFailsAtStartNamingTheKeyAndTheFix() {
        IllegalArgumentException slash = assertThrows(IllegalArgumentException.class, () -> CorsSettings.from(
                AerieConfig.of(Map.of("server.cors.allow-origins", "https://app.example.com/"))));
        assertEquals("Configuration key 'server.cors.allow-origins' lists 'https://app.example.com/', which is not an"
                + " origin: write scheme://host[:port] with no path or trailing slash, such as https://app.example.com,"
                + " or * for any origin.", slash.getMessage());
        IllegalArgumentException star = assertThrows(IllegalArgumentException.class, () -> CorsSettings.from(
                AerieConfig.of(Map.of("server.cors.allow-origins", "*", "server.cors.allow-credentials", "true"))));
        assertTrue(star.getMessage().startsWith("Configuration key 'server.cors.allow-credentials' is true, so"
                + " 'server.cors.allow-origins' cannot be *"), star.getMessage());
    }
}
