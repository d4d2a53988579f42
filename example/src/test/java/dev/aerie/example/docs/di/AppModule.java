package dev.aerie.example.docs.di;

import dev.aerie.Aerie;
import dev.aerie.api.Module;

// snippet:app
@Module(imports = BooksModule.class)
public final class AppModule {
    public static void main(String[] args) { Aerie.run(AppModule.class, args); }
}
// end::app
