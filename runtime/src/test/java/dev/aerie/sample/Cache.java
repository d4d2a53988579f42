package dev.aerie.sample;

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;
import dev.aerie.api.OnStop;

/** Starts after, and stops before, the database it depends on. */
@Injectable
final class Cache {
    private final Database database;
    private final Events events;

    Cache(Database database, Events events) {
        this.database = database;
        this.events = events;
    }

    @OnStart
    void warm() {
        events.add("cache warm" + (database != null ? "" : "!"));
    }

    @OnStop
    void flush() {
        events.add("cache flush");
    }
}
