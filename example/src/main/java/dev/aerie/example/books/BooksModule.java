package dev.aerie.example.books;

import dev.aerie.api.Module;
import dev.aerie.example.authors.AuthorsModule;

// snippet:module
/** Books: imports AuthorsModule because BooksService checks that a book's author exists. */
@Module(imports = AuthorsModule.class, controllers = BooksController.class, providers = BooksService.class)
public final class BooksModule {}
// end::module
