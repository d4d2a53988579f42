package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.Module;

@Module(controllers = {ItemsController.class, PingController.class, BooksController.class},
        providers = {Inventory.class, Visit.class, Library.class})
public final class ItemsModule {}
