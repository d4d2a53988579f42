package dev.aerie.bench.vertx;

import dev.aerie.Aerie;
import dev.aerie.api.Module;

/**
 * The benchmarked application. {@code java dev.aerie.bench.vertx.WorldModule --server.port=0
 * --db.url=... --db.driver=vertx} serves it and prints the URL.
 */
@Module(controllers = WorldController.class)
public final class WorldModule {
    public static void main(String[] args) {
        Aerie.run(WorldModule.class, args);
    }
}
