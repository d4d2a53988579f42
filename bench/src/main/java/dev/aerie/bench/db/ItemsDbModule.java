package dev.aerie.bench.db;

import dev.aerie.api.Module;

/** The root module of the DB benchmark's Aerie application. */
@Module(controllers = ItemsDbController.class)
public final class ItemsDbModule {}
