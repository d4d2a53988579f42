package dev.aerie.sample;

import dev.aerie.api.Injectable;
import java.util.ArrayList;
import java.util.List;

/** Records what happened, in order, for the tests to check. */
@Injectable
public final class Events {
    private final List<String> events = new ArrayList<>();

    public synchronized void add(String event) {
        events.add(event);
    }

    public synchronized List<String> all() {
        return List.copyOf(events);
    }
}
