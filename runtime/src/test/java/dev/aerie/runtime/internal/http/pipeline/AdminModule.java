package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Module;
import dev.aerie.api.http.Guarded;

/** Its guard runs on its own controllers, after the global one. */
@Guarded(ModuleGuard.class)
@Module(controllers = AdminController.class, providers = {ModuleGuard.class, ControllerGuard.class, AdminOnly.class},
        imports = TrailModule.class)
public final class AdminModule {}
