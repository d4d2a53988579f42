package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

@Controller
public final class PingController {
    @Get("/ping")
    public void ping(ServerRequest request, ServerResponse response) {
        response.send("pong " + request.path().path());
    }
}
