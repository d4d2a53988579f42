package dev.aerie.runtime.internal.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * The {@link MeterRegistry} an application's injectables inject (bound by the processor when one
 * does): a composite. When {@code metrics.enabled} is true the server adds its Prometheus
 * registry to it ({@link PrometheusMetrics}), so the application's meters appear on
 * {@code /metrics}, including those registered before the server started; with metrics off it
 * has no registry, and Micrometer gives its meters no-op behaviour (they record nothing and cost
 * next to nothing). For generated code; not an API.
 */
public final class ApplicationMeters {
    private ApplicationMeters() {}

    /** Used by generated code: the binding of {@link MeterRegistry}. */
    public static MeterRegistry registry() {
        return new CompositeMeterRegistry();
    }
}
