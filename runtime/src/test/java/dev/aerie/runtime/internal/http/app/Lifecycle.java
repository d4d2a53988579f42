package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;
import dev.aerie.api.OnStop;

/** Prints its lifecycle, so a test watching the process output sees the order of events. */
@Injectable
public final class Lifecycle {
    @OnStart
    void start() {
        System.out.println("on-start");
    }

    @OnStop
    void stop() {
        System.out.println("on-stop");
    }
}
