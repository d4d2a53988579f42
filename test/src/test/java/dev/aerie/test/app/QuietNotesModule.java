package dev.aerie.test.app;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;

// snippet:override-module
/**
 * NotesModule with a test double for Greeter: another root module of the same controllers and
 * services. The processor checks and wires this graph at compile time, like the real one.
 */
@Module(controllers = NotesController.class, providers = NotesService.class)
public final class QuietNotesModule {
    @Provides
    static Greeter greeter() {
        return name -> "(quiet) " + name;
    }
}
// end::override-module
