package dev.aerie.bench.guard;

import dev.aerie.api.Module;
import dev.aerie.security.SecurityModule;

/** The root module of the guard benchmark's Aerie application. */
@Module(imports = SecurityModule.class, controllers = GuardController.class, providers = HeaderPresent.class)
public final class GuardModule {}
