package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.http.RequestEvent;
import dev.aerie.api.http.RequestListener;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.handwritten.BooksController;
import dev.aerie.runtime.internal.http.handwritten.HandwrittenApp_Http;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request pipeline over real HTTP, with routes written by hand in the generated shape. */
class HttpPipelineTest {
    static final BooksController controller = new BooksController();
    static final List<String> events = new CopyOnWriteArrayList<>();
    static final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    /** Held here: the LogManager keeps loggers only weakly, and a collected one would lose the handler below. */
    static final Logger httpLog = Logger.getLogger("dev.aerie.http");
    static AerieServer server;
    static Http http;

    @BeforeAll
    static void start() {
        RequestListener listener = new RequestListener() {
            @Override
            public void onRequestStart(RequestEvent request) {
                events.add("start " + request.method() + " " + request.route() + " " + request.path());
            }

            @Override
            public void onRequestEnd(RequestEvent request) {
                events.add("end " + request.status() + " " + request.failure().map(f -> f.getClass().getSimpleName()).orElse("-"));
            }
        };
        httpLog.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
        server = AerieServer.start(new HandwrittenApp_Http(controller, List.of(listener)),
                AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1", "server.max-payload-size", "10000")));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void clear() {
        events.clear();
        controller.log.clear();
    }

    /**
     * A request's end event fires after its response is sent, so it can arrive after the test
     * that sent it has finished; wait for it, or it lands in the next test's events.
     */
    @AfterEach
    void awaitEndOfEveryStartedRequest() throws InterruptedException {
        for (int i = 0; i < 200 && count("start ") > count("end "); i++) {
            Thread.sleep(10);
        }
    }

    private static long count(String prefix) {
        return events.stream().filter(event -> event.startsWith(prefix)).count();
    }

    static void assertProblem(HttpResponse<String> response, int status, String... fragments) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        for (String fragment : fragments) {
            assertTrue(response.body().contains(fragment), "expected " + fragment + " in " + response.body());
        }
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
    }

    /** The scope closes after the response is sent, so the client may see the response first. */
    static void awaitLog(List<String> expected) throws InterruptedException {
        for (int i = 0; i < 200 && !controller.log.equals(expected); i++) {
            Thread.sleep(10);
        }
        assertEquals(expected, controller.log);
    }

    static void awaitEvents(int count) throws InterruptedException {
        for (int i = 0; i < 200 && events.size() < count; i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void createsReadsAndDeletes() throws Exception {
        HttpResponse<String> created = http.json("POST", "/books", "{\"id\":7,\"title\":\"Dune\",\"year\":1965}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"id\":7,\"title\":\"Dune\",\"year\":1965}", created.body());

        HttpResponse<String> read = http.get("/books/7");
        assertEquals(200, read.statusCode());
        assertEquals("{\"id\":7,\"title\":\"Dune\",\"year\":1965}", read.body());

        HttpResponse<String> deleted = http.delete("/books/7");
        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.body());

        assertProblem(http.get("/books/7"), 404, "\"instance\":\"/books/7\"");
    }

    @Test
    void responseTypeSetsStatusAndHeaders() throws Exception {
        HttpResponse<String> response = http.json("POST", "/books/batch", "[{\"id\":20,\"title\":\"A\"},{\"id\":21,\"title\":\"B\"}]");
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("2", response.headers().firstValue("X-Count").orElseThrow());
        assertTrue(response.body().startsWith("[{\"id\":20"), response.body());
    }

    @Test
    void queryParametersBindWithDefaultsOptionalsAndLists() throws Exception {
        http.json("POST", "/books", "{\"id\":30,\"title\":\"Query one\"}");
        http.json("POST", "/books", "{\"id\":31,\"title\":\"Query two\"}");
        HttpResponse<String> limited = http.get("/books?title=Query&limit=1&color=RED&color=GREEN&since=2024-01-31");
        assertEquals(200, limited.statusCode(), limited.body());
        assertEquals("[{\"id\":30,\"title\":\"Query one\",\"year\":0}]", limited.body());
    }

    @Test
    void wrongParameterTypesAreBadRequestsNamingTheParameter() throws Exception {
        assertProblem(http.get("/books/abc"), 400, "path variable 'id'", "\"parameter\":\"id\"", "'abc'");
        assertProblem(http.get("/books?limit=ten"), 400, "query parameter 'limit'", "\"parameter\":\"limit\"");
        assertProblem(http.get("/books?color=BLUE"), 400, "query parameter 'color'", "one of RED, GREEN");
        assertProblem(http.get("/books?since=yesterday"), 400, "query parameter 'since'");
        assertProblem(http.send(http.request("/books").header("X-Trace", "nope").GET().build()), 400, "header 'X-Trace'");
        assertProblem(http.get("/books/99999999999999999999"), 400, "path variable 'id'");
    }

    @Test
    void malformedJsonIsABadRequestSayingWhere() throws Exception {
        HttpResponse<String> response = http.json("POST", "/books", "{\"id\":1,\n \"title\": tru}");
        assertProblem(response, 400, "line 2", "\"line\":2", "\"column\":");
        assertProblem(http.json("POST", "/books", "{\"id\":1,\"title\":5}"), 400, "\"path\":\"$.title\"");
        assertProblem(http.json("POST", "/books", "{\"id\":2}"), 400, "title is required");
        assertProblem(http.json("POST", "/books", "{\"id\":\"x\", \"title\":\"t\"}"), 400);
    }

    @Test
    void missingBodyIsABadRequest() throws Exception {
        assertProblem(http.json("POST", "/books", ""), 400, "body is missing");
    }

    @Test
    void nulCharactersAndDeepNestingAreClientErrors() throws Exception {
        assertProblem(http.json("POST", "/books", "{\"id\":3,\"title\":\"a\u0000b\"}"), 400);
        String deep = "[".repeat(1500) + "]".repeat(1500);
        assertProblem(http.json("POST", "/books/batch", "[{\"id\":1,\"title\":\"x\",\"extra\":" + deep + "}]"), 400);
        String raw = http.raw("GET /books/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 4"), raw);
    }

    @Test
    void nonJsonContentTypeIsUnsupported() throws Exception {
        HttpResponse<String> text = http.send(http.request("/books").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":1,\"title\":\"x\"}")).build());
        assertProblem(text, 415, "text/plain");
        HttpResponse<String> none = http.send(http.request("/books")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":1,\"title\":\"x\"}")).build());
        assertProblem(none, 415);
        HttpResponse<String> problemJson = http.send(http.request("/books").header("Content-Type", "application/merge-patch+json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":40,\"title\":\"x\"}")).build());
        assertEquals(201, problemJson.statusCode(), problemJson.body());
    }

    @Test
    void malformedGzipIsNotAServerError() throws Exception {
        HttpResponse<String> response = http.send(http.request("/books").header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("not gzip at all")).build());
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + response.body());
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"id\":41,\"title\":\"zipped\"}".getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = java.util.Arrays.copyOf(zipped.toByteArray(), zipped.size() - 6);
        HttpResponse<String> cut = http.send(http.request("/books").header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(truncated)).build());
        assertTrue(cut.statusCode() >= 400 && cut.statusCode() < 500, cut.statusCode() + " " + cut.body());
    }

    @Test
    void oversizedBodyIsContentTooLarge() throws Exception {
        String big = "{\"id\":50,\"title\":\"" + "x".repeat(12000) + "\"}";
        assertProblem(http.json("POST", "/books", big), 413);
        // chunked: no Content-Length, so the limit is found while reading
        HttpResponse<String> chunked = http.send(http.request("/books").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
        assertProblem(chunked, 413);
    }

    /**
     * A problem answered before the handler read the whole body must not leave a kept-alive
     * connection the server then drops: either the response says {@code Connection: close}, or
     * the next request on that connection is answered. (A pooled client such as the JDK's
     * HttpClient otherwise sends its next request on a dead connection and fails with "header
     * parser received no bytes"; this made responseTypeSetsStatusAndHeaders flaky.)
     */
    @Test
    void aProblemAnsweredBeforeTheBodyWasReadKeepsOrClosesTheConnectionCleanly() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(("{\"id\":42,\"title\":\"" + "z".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncatedGzip = java.util.Arrays.copyOf(zipped.toByteArray(), zipped.size() - 6);
        String big = "{\"id\":51,\"title\":\"" + "x".repeat(12000) + "\"}";
        Map<String, byte[]> requests = new java.util.LinkedHashMap<>();
        requests.put("malformed gzip", withBody("Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
                "not gzip at all".getBytes(StandardCharsets.ISO_8859_1)));
        requests.put("truncated gzip", withBody("Content-Type: application/json\r\nContent-Encoding: gzip\r\n", truncatedGzip));
        requests.put("oversized chunked body", chunked(big.getBytes(StandardCharsets.ISO_8859_1)));
        requests.put("unsupported content type", withBody("Content-Type: text/plain\r\n",
                "{\"id\":1,\"title\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1)));
        requests.put("malformed JSON", withBody("Content-Type: application/json\r\n",
                ("{\"id\":1, \"title\": tru" + " ".repeat(5000) + "}").getBytes(StandardCharsets.ISO_8859_1)));
        byte[] next = "GET /books/424242 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, byte[]> request : requests.entrySet()) {
            List<String> answers = http.rawOnOneConnection(request.getValue(), next);
            String first = answers.get(0);
            assertTrue(first.startsWith("HTTP/1.1 4"), request.getKey() + ": " + first);
            if (answers.size() > 1) {
                assertTrue(answers.get(1).startsWith("HTTP/1.1 404"), request.getKey() + ": the response kept the "
                        + "connection alive, so the next request must be answered, but got '" + answers.get(1)
                        + "' after:\n" + first);
            }
        }
    }

    private static byte[] withBody(String headers, byte[] body) {
        byte[] head = ("POST /books HTTP/1.1\r\nHost: x\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("POST /books HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (int at = 0; at < body.length; at += 1000) {
            int length = Math.min(1000, body.length - at);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    void unknownPathIsNotFoundAndWrongMethodIsMethodNotAllowed() throws Exception {
        assertProblem(http.get("/nothing/here"), 404);
        HttpResponse<String> wrong = http.send(http.request("/books/5").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(wrong, 405);
        assertEquals("DELETE, GET, HEAD, OPTIONS", wrong.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> patch = http.send(http.request("/books").method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals("GET, HEAD, OPTIONS, POST", patch.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void httpExceptionsKeepTheirStatusMembersAndHeaders() throws Exception {
        http.json("POST", "/books", "{\"id\":60,\"title\":\"first\"}");
        assertProblem(http.json("POST", "/books", "{\"id\":60,\"title\":\"again\"}"), 409, "A book with id 60 exists", "\"id\":60");
        HttpResponse<String> down = http.get("/books/down");
        assertProblem(down, 503, "The database is unreachable");
        assertEquals("3", down.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void databaseErrorsBecomeTheirProblems() throws Exception {
        HttpResponse<String> down = http.get("/books/db/down");
        assertProblem(down, 503, "The database did not answer in time");
        assertEquals("2", down.headers().firstValue("Retry-After").orElseThrow());
        assertProblem(http.get("/books/db/conflict"), 409, "\"constraint\":\"books_isbn_key\"");
    }

    @Test
    void otherExceptionsAre500WithARequestIdAndNoDetails() throws Exception {
        logged.clear();
        HttpResponse<String> response = http.get("/books/boom");
        assertProblem(response, 500, "\"requestId\":\"");
        assertFalse(response.body().contains("secret internal detail"), response.body());
        String requestId = response.body().replaceAll(".*\"requestId\":\"([^\"]+)\".*", "$1");
        assertTrue(logged.stream().anyMatch(r -> r.getMessage().contains(requestId) && r.getThrown() != null
                && r.getThrown().getMessage().equals("secret internal detail")), "the trace is logged with the request id");
    }

    @Test
    void requestScopeCompletesBeforeSendingAndClosesAfter() throws Exception {
        HttpResponse<String> ok = http.send(http.request("/books/tx/ok").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, ok.statusCode());
        // the response is only sent after completion; closing may still be under way
        assertEquals("complete", controller.log.get(0));
        awaitLog(List.of("complete", "close"));
        awaitEvents(2);
        assertEquals(List.of("start PUT /books/tx/{mode} /books/tx/ok", "end 200 -"), events);
    }

    @Test
    void aFailedCompletionBecomesTheResponse() throws Exception {
        HttpResponse<String> failed = http.send(http.request("/books/tx/fail-commit").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(failed, 409, "commit failed");
        awaitLog(List.of("complete", "close"));
    }

    @Test
    void aThrowingHandlerIsNotCompletedButClosed() throws Exception {
        HttpResponse<String> failed = http.send(http.request("/books/tx/throw").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(failed, 500);
        awaitLog(List.of("close"));
        awaitEvents(2);
        assertEquals("end 500 IllegalArgumentException", events.get(1));
    }

    @Test
    void http10IsAnsweredNotDropped() throws Exception {
        String answer = http.raw("GET /books/1 HTTP/1.0\r\nHost: x\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 505"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    @Test
    void overLongAndMalformedRequestsAreAnswered() throws Exception {
        String longLine = http.raw("GET /books/" + "a".repeat(20000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(longLine.startsWith("HTTP/1.1 4"), longLine);
        String badPath = http.raw("GET /books/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(badPath.startsWith("HTTP/1.1 400"), badPath);
        assertTrue(badPath.contains("application/problem+json"), badPath);
        String garbage = http.raw("HELLO\r\n\r\n");
        assertTrue(garbage.startsWith("HTTP/1.1 4"), garbage);
    }
}
