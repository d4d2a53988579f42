package dev.aerie.runtime.http.app;

import dev.aerie.api.Module;

/** The root of the test application the processor generates HTTP routes for. */
@Module(imports = ItemsModule.class, providers = RequestLog.class)
public final class HttpAppModule {}
