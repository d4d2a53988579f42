package dev.aerie.bench.db;

import dev.aerie.api.Module;

/** The benchmarked Aerie application. */
@Module(controllers = BenchRowsController.class)
public final class BenchDbModule {}
