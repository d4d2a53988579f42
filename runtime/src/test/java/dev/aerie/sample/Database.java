package dev.aerie.sample;

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;
import dev.aerie.api.OnStop;
import jakarta.inject.Inject;

@Injectable
final class Database {
    private final Events events;

    @Inject
    Database(Events events) {
        this.events = events;
    }

    @OnStart
    void open() {
        events.add("database open");
    }

    @OnStop
    void close() {
        events.add("database close");
    }
}
