package dev.aerie.example.docs.di;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import org.junit.jupiter.api.Test;

/** modules-and-di.md: the container wires BooksService with the module's Clock binding. */
class AppModuleTest {
    @Test
    void wiresTheClockIntoTheService() {
        assertInstanceOf(SystemClock.class, clockOfTheApp());
    }

    private static Clock clockOfTheApp() {
        // snippet:create
        try (Container container = Aerie.create(AppModule.class)) {   // @OnStart hooks have run
            BooksService books = container.get(BooksService.class);
            return books.clock();
        }                                                               // @OnStop hooks run here
        // end::create
    }
}
