package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.ServiceUnavailableException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * {@code server.max-in-flight-requests}: beyond that many requests in handling, a new one is
 * answered 503 problem+json with {@code Retry-After: 1} at once, instead of queueing without limit
 * on virtual threads (each holding its memory and, soon, waiting for a database connection). The
 * health routes are not counted: an instance that sheds load is busy, not down, and a probe must
 * still get its answer.
 */
final class ConcurrencyLimit implements Filter {
    private final int limit;
    private final Semaphore permits;

    ConcurrencyLimit(int limit) {
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        if (path.equals(HealthRoutes.LIVE) || path.equals(HealthRoutes.READY)) {
            chain.proceed();
            return;
        }
        if (!permits.tryAcquire()) {
            Endpoints.send(response, new ServiceUnavailableException("The server is already handling " + limit
                    + " requests (server.max-in-flight-requests); try again shortly", Duration.ofSeconds(1), null),
                    path);
            return;
        }
        try {
            chain.proceed();
        } finally {
            permits.release();
        }
    }
}
