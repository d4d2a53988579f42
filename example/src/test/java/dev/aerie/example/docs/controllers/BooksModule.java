package dev.aerie.example.docs.controllers;

import dev.aerie.api.Module;

// snippet:module
@Module(controllers = BooksController.class, providers = BooksService.class)
public final class BooksModule {}
// end::module
