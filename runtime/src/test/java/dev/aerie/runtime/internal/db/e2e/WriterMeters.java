package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.Injectable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;

// snippet:meters
/**
 * Meters of the application's own on the MeterRegistry it injects: one registered when the
 * container creates this singleton, one per tag value registered by the request that first needs it.
 */
@Injectable
public final class WriterMeters {
    private final MeterRegistry registry;
    private final Counter created;

    @Inject
    WriterMeters(MeterRegistry registry) {
        this.registry = registry;
        this.created = Counter.builder("e2e.writers.added").description("writers added").register(registry);
    }

    void created(String name) {
        created.increment();
        registry.counter("e2e.writers.names", "initial", name.isEmpty() ? "-" : name.substring(0, 1)).increment();
    }
}
// end::meters
