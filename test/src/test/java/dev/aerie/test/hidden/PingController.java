package dev.aerie.test.hidden;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

/** The one route of HiddenRoot (an application serves at least one). */
@Controller("/ping")
public final class PingController {
    @Inject
    PingController() {}

    @Get
    public void ping(ServerResponse response) {
        response.send("pong");
    }
}
