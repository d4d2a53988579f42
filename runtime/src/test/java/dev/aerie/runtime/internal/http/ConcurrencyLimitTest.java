package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.handwritten.BooksController;
import dev.aerie.runtime.internal.http.handwritten.HandwrittenApp_Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** server.max-in-flight-requests: beyond it a request is shed with 503 + Retry-After at once; health is not counted. */
class ConcurrencyLimitTest {

    @Test
    void beyondTheLimitRequestsAreShedWith503AndRetryAfterAndHealthStillAnswers() throws Exception {
        BooksController controller = new BooksController();
        try (AerieServer server = AerieServer.start(new HandwrittenApp_Http(controller, List.of()), AerieConfig.of(Map.of(
                "server.port", "0", "server.host", "127.0.0.1", "server.max-in-flight-requests", "1")))) {
            Http http = new Http(server.port());
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return http.get("/books/slow");
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertTrue(controller.slowStarted.await(10, TimeUnit.SECONDS));

            HttpResponse<String> shed = http.get("/books/404");
            assertEquals(503, shed.statusCode(), shed.body());
            assertEquals(java.util.Optional.of("1"), shed.headers().firstValue("Retry-After"), shed.headers().map() + shed.body());
            assertEquals("application/problem+json", shed.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(shed.body().contains("\"detail\":\"The server is already handling 1 requests (server.max-in-flight-requests);"
                    + " try again shortly\""), shed.body());
            assertEquals(200, http.get("/health/live").statusCode(), "probes are not shed");
            assertEquals(200, http.get("/health/ready").statusCode(), "busy, not down");

            controller.slowRelease.countDown();
            assertEquals(200, slow.get(10, TimeUnit.SECONDS).statusCode());
            // the permit is given back once the slow response is written, which may be a moment after the client has it
            int status = 503;
            for (int attempt = 0; attempt < 50 && status == 503; attempt++) {
                status = http.get("/books/404").statusCode();
                if (status == 503) {
                    Thread.sleep(20);
                }
            }
            assertEquals(404, status, "the permit is given back");
        }
    }

    @Test
    void theLimitMustNotBeNegative() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.from(AerieConfig.of(Map.of("server.max-in-flight-requests", "-1"))));
        assertEquals("Configuration key 'server.max-in-flight-requests' must be 0 (no limit) or positive, but is -1", e.getMessage());
        assertEquals(1000, ServerSettings.from(AerieConfig.of(Map.of())).maxInFlightRequests());
    }
}
