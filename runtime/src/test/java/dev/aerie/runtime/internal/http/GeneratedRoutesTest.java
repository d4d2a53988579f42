package dev.aerie.runtime.internal.http;

import static dev.aerie.runtime.internal.http.HttpPipelineTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.app.HttpAppModule;
import dev.aerie.runtime.internal.http.app.Inventory;
import dev.aerie.runtime.internal.http.app.RequestLog;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routes the processor generated for the test application in {@code dev.aerie.runtime.internal.http.app}, over real HTTP. */
class GeneratedRoutesTest {
    static Container container;
    static AerieServer server;
    static Http http;

    @BeforeAll
    static void start() {
        container = Aerie.create(HttpAppModule.class);
        server = AerieServer.start(container, AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        container.close();
    }

    @Test
    void pathQueryAndHeaderParametersBindByNameAndAnnotation() throws Exception {
        HttpResponse<String> plain = http.get("/items/7");
        assertEquals(200, plain.statusCode(), plain.body());
        assertEquals("item 7 lang=en limit=- colors=[] since=- trace=- stock=0", plain.body());

        HttpResponse<String> full = http.send(http.request("/items/8?lang=de&limit=3&color=RED&color=GREEN&from=2024-02-29")
                .header("X-Trace", "123e4567-e89b-12d3-a456-426614174000").GET().build());
        assertEquals("item 8 lang=de limit=3 colors=[RED, GREEN] since=2024-02-29 trace=123e4567-e89b-12d3-a456-426614174000 stock=0",
                full.body());
    }

    @Test
    void wrongTypesAndMissingValuesAreBadRequests() throws Exception {
        assertProblem(http.get("/items/x1"), 400, "path variable 'id'");
        assertProblem(http.get("/items/1?limit=many"), 400, "query parameter 'limit'");
        assertProblem(http.get("/items/1?color=BLUE"), 400, "one of RED, GREEN");
        assertProblem(http.get("/items/1?from=2024-02-30"), 400, "query parameter 'from'");
        assertProblem(http.send(http.request("/items/1").header("X-Trace", "nope").GET().build()), 400, "header 'X-Trace'");
        assertProblem(http.send(http.request("/items/1/stock?amount=3").PUT(HttpRequest.BodyPublishers.noBody()).build()),
                400, "The header 'X-Actor' is required");
        assertProblem(http.send(http.request("/items/1/stock").header("X-Actor", "me").PUT(HttpRequest.BodyPublishers.noBody()).build()),
                400, "The query parameter 'amount' is required");
    }

    @Test
    void voidIsNoContentAndStatusSetsTheSuccessStatus() throws Exception {
        HttpResponse<String> stocked = http.send(http.request("/items/5/stock?amount=4").header("X-Actor", "me")
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, stocked.statusCode(), stocked.body());
        assertEquals("item 5 lang=en limit=- colors=[] since=- trace=- stock=4", http.get("/items/5").body());
        assertEquals(204, http.delete("/items/5").statusCode());
        assertProblem(http.send(http.request("/items/5/stock?amount=-1").header("X-Actor", "me")
                .PUT(HttpRequest.BodyPublishers.noBody()).build()), 400, "amount must not be negative");
    }

    @Test
    void requestScopedParametersAreOnePerRequest() throws Exception {
        HttpResponse<String> first = http.send(http.request("/items/1/visits").POST(HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> second = http.send(http.request("/items/1/visits").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(202, first.statusCode());
        assertTrue(first.body().endsWith(" true"), "the same instance twice within a request: " + first.body());
        assertNotEquals(first.body(), second.body(), "a new instance for the next request");
    }

    @Test
    void literalSegmentsWinOverVariablesAndFailuresAreProblems() throws Exception {
        HttpResponse<String> boom = http.get("/items/boom");
        assertProblem(boom, 500, "\"requestId\"");
        assertTrue(!boom.body().contains("internal detail"), boom.body());
    }

    @Test
    void wrongMethodAndUnknownPaths() throws Exception {
        HttpResponse<String> wrong = http.send(http.request("/items/3").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(wrong, 405);
        assertEquals("DELETE, GET, HEAD, OPTIONS", wrong.headers().firstValue("Allow").orElseThrow());
        assertProblem(http.get("/nowhere"), 404);
    }

    @Test
    void headAnswersLikeGetWithoutTheBodyAndKeepsTheConnectionUsable() throws Exception {
        HttpResponse<String> get = http.get("/items/3");
        // HEAD then GET on one connection: the HEAD response must end after its headers, or the
        // GET's answer would be read as the HEAD's body
        String both = rawUntil(get.body(), "HEAD /items/3 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /items/3 HTTP/1.1\r\nHost: x\r\n\r\n");
        int second = both.indexOf("HTTP/1.1", 1);
        assertTrue(second > 0, both);
        String head = both.substring(0, second);
        assertTrue(head.startsWith("HTTP/1.1 200 "), head);
        assertTrue(head.endsWith("\r\n\r\n"), "no body after the headers:\n" + head);
        assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains(
                "content-length: " + get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n"), head);
        assertTrue(both.substring(second).endsWith(get.body()), both);
        assertEquals(get.headers().firstValue("Content-Type"), headerOf(head, "content-type"), "same headers as GET");
    }

    @Test
    void optionsListsTheMethodsOfAPath() throws Exception {
        HttpResponse<String> options = http.send(http.request("/items/3")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, options.statusCode(), options.body());
        assertEquals("DELETE, GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElseThrow());
        assertProblem(http.send(http.request("/nowhere").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build()), 404);
    }

    @Test
    void requestListenersOfTheGraphAreCalled() throws Exception {
        RequestLog log = container.get(RequestLog.class);
        log.events.clear();
        assertEquals("pong /ping", http.get("/ping").body());
        // the end event of an earlier test's request may still arrive (it fires after its response): keep this route's
        java.util.function.Supplier<List<String>> ping = () -> log.events.stream().filter(e -> e.contains(" /ping")).toList();
        for (int i = 0; i < 200 && ping.get().size() < 2; i++) {
            Thread.sleep(10);
        }
        assertEquals(List.of("start GET /ping", "end GET /ping 200"), ping.get());
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        HttpResponse<String> response = http.get("/openapi.json");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        String document = response.body();
        assertTrue(document.startsWith("{\n  \"openapi\": \"3.1.0\""), document);
        assertTrue(document.contains("\"/items/{id}/stock\": {\n      \"put\""), document);
        assertTrue(document.replaceAll("\\s", "").contains("{\"name\":\"X-Actor\",\"in\":\"header\",\"required\":true,"
                + "\"schema\":{\"type\":\"string\"}}"), document);
        assertTrue(document.replaceAll("\\s", "").contains("{\"name\":\"color\",\"in\":\"query\",\"required\":false,"
                + "\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\"]}}}"), document);
    }

    @Test
    void theRoutesCommandListsTheGeneratedRoutes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        dev.aerie.runtime.internal.cli.Launcher.Result result = new dev.aerie.runtime.internal.cli.Launcher(
                () -> Aerie.create(HttpAppModule.class), print, print).run(List.of("routes"));
        assertEquals(0, result.exitStatus());
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(line -> line.matches("POST +/books +BooksController\\.create\\(BookIn\\) +BookIn")), text);
        assertTrue(text.lines().anyMatch(line -> line.matches("PUT +/items/\\{id}/stock +ItemsController\\.stock\\(long, int, String\\) +-")), text);
    }

    @Test
    void startHooksRanBeforeTheServerStarted() {
        assertEquals("start", Inventory.LIFECYCLE.get(0));
    }

    /** Sends {@code requests} on one connection and reads until the answers end with {@code end} (or 5 s pass). */
    private static String rawUntil(String end, String requests) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(requests.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; !answer.toString(java.nio.charset.StandardCharsets.UTF_8).endsWith(end)
                        && (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                answer.writeBytes("<timed out>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static java.util.Optional<String> headerOf(String response, String name) {
        return response.lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith(name + ":"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
    }
}
