package dev.aerie.test.docs.entities;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.test.app.Greeter;
import dev.aerie.test.app.NotesController;
import dev.aerie.test.app.NotesService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

// snippet:fixed-clock
/** A test root module: the application's controllers and services, and a fixed clock for @CreatedAt/@UpdatedAt. */
@Module(controllers = NotesController.class, providers = NotesService.class)
public final class FixedClockModule {
    static final Instant NOON = Instant.parse("2026-01-02T12:00:00.123456Z");

    @Provides
    static Clock clock() {
        return Clock.fixed(NOON, ZoneOffset.UTC);     // any java.time.Clock binding: the sessions use it
    }

    @Provides
    static Greeter greeter() {
        return name -> "Hello, " + name;
    }
}
// end::fixed-clock
