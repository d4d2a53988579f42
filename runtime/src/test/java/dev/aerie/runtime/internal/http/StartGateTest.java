package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webserver.WebServer;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * While the migrations applied at start run (in the background, beside the listener opening),
 * readiness says 503 at once, liveness answers, and every other request waits for them instead of
 * meeting the old schema; when they fail, it is answered 503.
 */
class StartGateTest {

    @Test
    void requestsWaitForTheMigrationsAndReadinessSays503MeanwhileThenAnswers() throws Exception {
        CompletableFuture<Void> migrations = new CompletableFuture<>();
        WebServer server = serve(migrations);
        try {
            Http http = new Http(server.port());
            HttpResponse<String> ready = http.get(HealthRoutes.READY);
            assertEquals(503, ready.statusCode());
            assertEquals(StartGate.NOT_READY, ready.body());
            assertEquals(200, http.get(HealthRoutes.LIVE).statusCode(), "alive while migrating");

            CompletableFuture<HttpResponse<String>> books = CompletableFuture.supplyAsync(() -> get(http, "/books"));
            Thread.sleep(300);
            assertFalse(books.isDone(), "a request does not pass while the migrations run");

            migrations.complete(null);
            HttpResponse<String> answered = books.get(10, TimeUnit.SECONDS);
            assertEquals(200, answered.statusCode());
            assertEquals("new schema", answered.body());
            assertEquals(200, http.get(HealthRoutes.READY).statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void whenTheMigrationsFailRequestsAre503() throws Exception {
        CompletableFuture<Void> migrations = new CompletableFuture<>();
        WebServer server = serve(migrations);
        try {
            Http http = new Http(server.port());
            migrations.completeExceptionally(new IllegalStateException("V2 failed"));
            HttpResponse<String> books = http.get("/books");
            assertEquals(503, books.statusCode(), books.body());
            assertEquals("application/problem+json", books.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(books.body().contains("The migrations applied at start failed"), books.body());
            assertEquals(503, http.get(HealthRoutes.READY).statusCode(), "never ready");
        } finally {
            server.stop();
        }
    }

    private static WebServer serve(CompletableFuture<Void> migrations) {
        return WebServer.builder().host("127.0.0.1").port(0)
                .routing(routing -> routing.addFilter(new StartGate(migrations))
                        .get(HealthRoutes.LIVE, (request, response) -> response.send("{\"status\":\"UP\"}"))
                        .get(HealthRoutes.READY, (request, response) -> response.send("{\"status\":\"UP\"}"))
                        .get("/books", (request, response) -> response.send("new schema")))
                .build()
                .start();
    }

    private static HttpResponse<String> get(Http http, String path) {
        try {
            return http.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
