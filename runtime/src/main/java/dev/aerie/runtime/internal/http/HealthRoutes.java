package dev.aerie.runtime.internal.http;

import dev.aerie.runtime.internal.StartupTrace;
import dev.aerie.runtime.internal.health.Health;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /health/live} (200 while the server answers) and {@code GET /health/ready} (200 UP or
 * BUSY, 503 DOWN, with each check's status). Plain JSON, not problems: that is what load balancers
 * and orchestrators read; never cached.
 */
final class HealthRoutes {
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";
    private static final String LIVE_BODY = "{\"status\":\"UP\"}";

    private HealthRoutes() {}

    static void register(HttpRules rules, Health health) {
        rules.get(LIVE, (request, response) -> send(response, 200, LIVE_BODY));
        rules.get(READY, (request, response) -> {
            Health.Readiness readiness = health.ready();
            send(response, readiness.httpStatus(), readiness.json());
            StartupTrace.firstResponse("GET " + READY + " " + readiness.httpStatus());
        });
    }

    private static void send(ServerResponse response, int status, String body) {
        response.status(status)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderValues.CACHE_NO_CACHE)
                .send(body);
    }
}
