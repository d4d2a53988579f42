package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

class GracefulStopTest {

    @Test
    void stopFinishesInFlightRequestsAndRefusesNewConnections() throws Exception {
        BooksController controller = new BooksController();
        AerieServer server = AerieServer.start(new HandwrittenApp_Http(controller, List.of()),
                AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")));
        int port = server.port();
        Http http = new Http(port);
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return http.get("/books/slow");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(controller.slowStarted.await(10, TimeUnit.SECONDS));
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        Thread.sleep(300);
        controller.slowRelease.countDown();

        HttpResponse<String> response = slow.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("\"done\"", response.body());
        stopping.get(10, TimeUnit.SECONDS);
        assertThrows(java.io.IOException.class, () -> new Http(port).get("/books/1"));
    }
}
