package dev.aerie.runtime.http.app;

import dev.aerie.api.Module;

@Module(controllers = {ItemsController.class, PingController.class}, providers = {Inventory.class, Visit.class})
public final class ItemsModule {}
