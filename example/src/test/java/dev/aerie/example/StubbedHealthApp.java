package dev.aerie.example;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.example.authors.AuthorsModule;
import dev.aerie.example.books.BooksModule;
import dev.aerie.example.health.HealthCheck;
import dev.aerie.example.health.HealthController;

/**
 * The application with a test double for {@link HealthCheck}: a test root module compiled in
 * {@code src/test} that imports the modules of {@code src/main}, and so uses the entities
 * compiled there (authors, books) besides the test compilation's own ({@link TestOnlyNote}).
 */
@Module(imports = {AuthorsModule.class, BooksModule.class}, controllers = HealthController.class, providers = Tables.class)
@SuppressWarnings("UnreachableModule") // a test application of its own, compiled next to docs.di.AppModule
public final class StubbedHealthApp {
    @Provides
    static HealthCheck alwaysUp() {
        return () -> true;
    }
}
