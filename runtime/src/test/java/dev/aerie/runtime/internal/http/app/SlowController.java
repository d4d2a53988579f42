package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import io.helidon.webserver.http.ServerResponse;

@Controller("/slow")
public final class SlowController {
    private final Lifecycle lifecycle;

    @jakarta.inject.Inject
    SlowController(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Get
    public void slow(int ms, ServerResponse response) throws InterruptedException {
        System.out.println("slow started");
        Thread.sleep(ms);
        System.out.println("slow done");
        response.send("slept " + ms + " " + (lifecycle != null));
    }
}
