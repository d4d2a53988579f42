package dev.aerie.example.health;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

/**
 * {@code GET /health}: 200 {@code {"status":"UP"}}, or 503 {@code {"status":"DOWN"}}. A 503 with a
 * plain JSON body (not a problem) is what load balancers and orchestrators expect, so this
 * handler writes the response itself.
 */
@Controller("/health")
public final class HealthController {
    private final HealthCheck database;

    @Inject
    HealthController(HealthCheck database) {
        this.database = database;
    }

    @Get
    public void health(ServerResponse response) {
        boolean up = database.up();
        response.status(up ? 200 : 503)
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .send(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
