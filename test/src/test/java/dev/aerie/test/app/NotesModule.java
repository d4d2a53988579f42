package dev.aerie.test.app;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;

/** The application under test: notes in a table, and a greeter. */
@Module(controllers = NotesController.class, providers = NotesService.class)
public final class NotesModule {
    @Provides
    static Greeter greeter() {
        return name -> "Hello, " + name;
    }
}
