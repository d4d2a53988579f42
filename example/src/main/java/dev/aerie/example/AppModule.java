package dev.aerie.example;

import dev.aerie.Aerie;
import dev.aerie.api.Module;
import dev.aerie.example.authors.AuthorsModule;
import dev.aerie.example.books.BooksModule;
import dev.aerie.example.health.HealthModule;

// snippet:app-module
/** The books-and-authors service: the root module every other module hangs off. */
@Module(imports = {AuthorsModule.class, BooksModule.class, HealthModule.class})
public final class AppModule {
    public static void main(String[] args) {
        Aerie.run(AppModule.class, args);
    }
}
// end::app-module
