package dev.aerie.example.health;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.api.db.Session;

// snippet:health-module
/** {@code GET /health}: UP when the database answers a query. */
@Module(controllers = HealthController.class)
public final class HealthModule {
    @Provides
    static HealthCheck database(Session db) {
        return () -> {
            try {
                return db.fetchVal(Integer.class, "SELECT 1").orElse(0) == 1;
            } catch (RuntimeException unreachable) {
                return false; // refused, timed out, pool closed: all of them mean DOWN
            }
        };
    }
}
// end::health-module
