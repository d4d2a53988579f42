package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.Module;

/** The root of the test application the processor generates HTTP routes for. */
@Module(imports = ItemsModule.class, controllers = SlowController.class, providers = {RequestLog.class, Lifecycle.class})
public final class HttpAppModule {}
