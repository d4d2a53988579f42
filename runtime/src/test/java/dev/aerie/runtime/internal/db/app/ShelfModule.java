package dev.aerie.runtime.internal.db.app;

import dev.aerie.api.Module;

/** An application whose service injects Session; the ORM extension binds it. */
@Module(providers = ShelfService.class)
public final class ShelfModule {}
