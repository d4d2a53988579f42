package dev.aerie.example.docs.controllers;

import dev.aerie.api.Module;

@SuppressWarnings("UnreachableModule") // a docs sample, compiled next to docs.di.AppModule
// snippet:module
@Module(controllers = BooksController.class, providers = BooksService.class)
public final class BooksModule {}
// end::module
