package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.ServiceUnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Holds requests while the migrations applied at start run, so that none meets the old schema:
 * they run on their own thread while the routes are built and the listener opens (on two cores
 * that hides most of Flyway's start). Until they are done {@code GET /health/ready} answers 503
 * (check {@code migrations} DOWN) at once, {@code GET /health/live} answers, and every other
 * request waits for them; if they fail, it is answered 503 (and the server is stopping).
 * Afterwards a request costs one volatile read.
 */
final class StartGate implements Filter {
    static final String NOT_READY = "{\"status\":\"DOWN\",\"checks\":{\"migrations\":\"DOWN\"}}";
    private final CompletableFuture<Void> migrations;
    private volatile boolean open;

    StartGate(CompletableFuture<Void> migrations) {
        this.migrations = migrations;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (open) {
            chain.proceed();
            return;
        }
        String path = request.path().path();
        if (path.equals(HealthRoutes.LIVE)) {
            chain.proceed();
            return;
        }
        if (path.equals(HealthRoutes.READY) && !migrations.isDone()) {
            response.status(503).header(HeaderNames.CONTENT_TYPE, "application/json").header(HeaderValues.CACHE_NO_CACHE)
                    .send(NOT_READY);
            return;
        }
        try {
            migrations.get();
        } catch (ExecutionException e) {
            Endpoints.send(response, new ServiceUnavailableException("The migrations applied at start failed; this instance "
                    + "is stopping (see its log)", Duration.ofSeconds(5), null), path);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Endpoints.send(response, new ServiceUnavailableException("The server is stopping", Duration.ofSeconds(1), null), path);
            return;
        }
        open = true;
        chain.proceed();
    }

    /** Waits for the migrations to end, however they end (a start that failed meanwhile closes the pool after them). */
    static void awaitQuietly(CompletableFuture<Void> migrations) {
        try {
            migrations.join();
        } catch (RuntimeException ignored) {
            // the start failed anyway; its own failure is what the caller reports
        }
    }
}
