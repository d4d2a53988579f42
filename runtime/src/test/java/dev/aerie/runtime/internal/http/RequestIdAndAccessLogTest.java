package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.handwritten.BooksController;
import dev.aerie.runtime.internal.http.handwritten.HandwrittenApp_Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP: every response carries {@code X-Request-Id} (a valid incoming one kept, anything
 * else replaced and never echoed), problem bodies and error logs quote it, and the access log
 * writes one line per request with the route template, plain or JSON.
 */
class RequestIdAndAccessLogTest {
    private static final Pattern FRESH = Pattern.compile("[0-9a-f]{32}");
    /** Held here: the LogManager keeps loggers only weakly. */
    private static final Logger ACCESS = Logger.getLogger(AccessLog.LOGGER);
    private static final Logger HTTP_LOG = Logger.getLogger("dev.aerie.http");
    private final List<LogRecord> access = new CopyOnWriteArrayList<>();
    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler accessHandler = collecting(access);
    private final Handler errorHandler = collecting(errors);
    private AerieServer server;
    private Http http;

    private void start(String format) {
        ACCESS.addHandler(accessHandler);
        HTTP_LOG.addHandler(errorHandler);
        server = AerieServer.start(new HandwrittenApp_Http(new BooksController(), List.of()),
                AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1", "access-log.format", format)));
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
        ACCESS.removeHandler(accessHandler);
        HTTP_LOG.removeHandler(errorHandler);
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        return http.send(http.request(path).header("X-Request-Id", requestId).GET().build());
    }

    @Test
    void aValidIncomingIdIsKeptAnythingElseIsReplaced() throws Exception {
        start("off");
        String id = http.get("/books/1").headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(FRESH.matcher(id).matches(), id);
        assertNotEquals(id, http.get("/books/1").headers().firstValue("X-Request-Id").orElseThrow(), "a new one each time");

        String upstream = "4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7";
        assertEquals(upstream, get("/books/1", upstream).headers().firstValue("X-Request-Id").orElseThrow());
        String longest = "a".repeat(RequestIds.MAX_LENGTH);
        assertEquals(longest, get("/books/1", longest).headers().firstValue("X-Request-Id").orElseThrow(), "128 is allowed");
        for (String bad : List.of("x".repeat(RequestIds.MAX_LENGTH + 1), "<script>", "a b", "id;drop", "é")) {
            HttpResponse<String> response = get("/books/1", bad);
            String sent = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertTrue(FRESH.matcher(sent).matches(), bad + " -> " + sent);
            assertFalse(response.body().contains(bad), "never echoed: " + response.body());
        }
        assertTrue(http.get("/nowhere").headers().firstValue("X-Request-Id").isPresent(), "unmatched requests too");
        assertTrue(http.get("/health/live").headers().firstValue("X-Request-Id").isPresent(), "built-in routes too");
    }

    @Test
    void problemBodiesAndErrorLogsQuoteTheId() throws Exception {
        start("off");
        HttpResponse<String> failed = get("/books/boom", "trace-500");
        assertEquals(500, failed.statusCode());
        assertEquals("trace-500", failed.headers().firstValue("X-Request-Id").orElseThrow());
        assertTrue(failed.body().contains("\"requestId\":\"trace-500\"") && failed.body().contains("Quote request id trace-500"),
                failed.body());
        assertTrue(errors.stream().anyMatch(r -> r.getMessage().contains("Request trace-500 (GET /books/boom) failed")),
                "the error log names it");

        HttpResponse<String> unavailable = get("/books/down", "trace-503");
        assertEquals(503, unavailable.statusCode());
        assertTrue(unavailable.body().contains("\"requestId\":\"trace-503\""), unavailable.body());
        assertTrue(errors.stream().anyMatch(r -> r.getMessage().contains("(request id trace-503)")), "the 5xx warning names it");

        HttpResponse<String> missing = get("/books/404", "trace-404");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("\"requestId\":\"trace-404\""), missing.body());

        String raw = http.raw("GET /books/1 HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertTrue(Pattern.compile("(?i)x-request-id: [0-9a-f]{32}").matcher(raw).find()
                && raw.contains("\"requestId\":\""), "Helidon's own errors get one too: " + raw);
    }

    @Test
    void thePlainAccessLogHasOneLinePerRequestWithTheRouteTemplate() throws Exception {
        start("plain");
        HttpResponse<String> ok = get("/books/1", "plain-1"); // matched, no such book
        assertEquals(404, ok.statusCode(), ok.body());
        get("/books/boom", "plain-2");
        get("/nowhere/at/all", "plain-3");
        List<String> lines = awaitLines(3);
        assertTrue(Pattern.matches("GET /books/\\{id} 404 \\d+\\.\\dms \\d+B plain-1", lines.get(0)), lines.get(0));
        long bytes = Long.parseLong(lines.get(0).split(" ")[4].replace("B", ""));
        assertTrue(bytes > ok.body().getBytes(StandardCharsets.UTF_8).length, "the bytes sent, status line and headers included: " + bytes);
        assertTrue(Pattern.matches("GET /books/boom 500 \\d+\\.\\dms \\d+B plain-2", lines.get(1)), lines.get(1));
        assertTrue(Pattern.matches("GET - 404 \\d+\\.\\dms \\d+B plain-3", lines.get(2)), "the raw path is never logged: " + lines.get(2));
        Thread.sleep(200);
        assertEquals(3, access.size(), "one line per request: " + lines);
    }

    @Test
    void theJsonAccessLogIsOneObjectPerLine() throws Exception {
        start("json");
        get("/books/7", "json-1");
        String line = awaitLines(1).get(0);
        assertTrue(Pattern.matches("\\{\"method\":\"GET\",\"route\":\"/books/\\{id}\",\"status\":(200|404),\"durationMs\":\\d+\\.\\d,"
                + "\"bytes\":\\d+,\"requestId\":\"json-1\"}", line), line);
    }

    @Test
    void offByDefault() throws Exception {
        ACCESS.addHandler(accessHandler);
        HTTP_LOG.addHandler(errorHandler);
        server = AerieServer.start(new HandwrittenApp_Http(new BooksController(), List.of()),
                AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")));
        http = new Http(server.port());
        http.get("/books/1");
        Thread.sleep(300);
        assertEquals(List.of(), access.stream().map(LogRecord::getMessage).toList());
    }

    private List<String> awaitLines(int count) throws InterruptedException {
        for (int i = 0; i < 200 && access.size() < count; i++) {
            Thread.sleep(10);
        }
        return access.stream().map(LogRecord::getMessage).toList();
    }

    private static Handler collecting(List<LogRecord> into) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                into.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }
}
