package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;
import dev.aerie.api.OnStop;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

@Injectable
public final class Inventory {
    /** What happened to every Inventory, for tests: "start", "stop". */
    public static final List<String> LIFECYCLE = new CopyOnWriteArrayList<>();
    final Map<Long, Integer> stock = new ConcurrentHashMap<>();

    @OnStart
    void start() {
        LIFECYCLE.add("start");
    }

    @OnStop
    void stop() {
        LIFECYCLE.add("stop");
    }
}
