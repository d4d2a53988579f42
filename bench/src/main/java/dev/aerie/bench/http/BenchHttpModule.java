package dev.aerie.bench.http;

import dev.aerie.api.Module;

/** The root module of the HTTP benchmark's Aerie application. */
@Module(controllers = BenchController.class)
public final class BenchHttpModule {}
