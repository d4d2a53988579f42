package dev.aerie.runtime.internal.metrics;

import dev.aerie.api.Container;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import dev.aerie.runtime.internal.db.TransactionCounts;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code metrics.enabled: true}: Micrometer with a Prometheus registry. As a filter it times every
 * request by method, route template (never the raw path: one series per route, not per id), status
 * and outcome, and counts those in flight; as a handler it answers {@code GET /metrics} in the
 * Prometheus text format. Also the JVM (memory, GC, threads, classes, CPU, uptime), the
 * database pool's connections, the transactions committed and rolled back, and the meters the
 * application registers on the {@code MeterRegistry} it injects ({@link ApplicationMeters}). Loaded only when
 * enabled: micrometer-registry-prometheus is the application's dependency to add.
 * For the runtime's HTTP server; not an API.
 */
public final class PrometheusMetrics implements Filter, Handler, AutoCloseable {
    public static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String UNMATCHED = "-";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ConcurrentHashMap<Key, Timer> timers = new ConcurrentHashMap<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Optional<CompositeMeterRegistry> application;

    /**
     * One timer's tags. Looked up once per request: equals and hashCode are written out, the
     * record's generated ones showed up in a profile of the request path (bench/scripts/metrics.sh).
     */
    private record Key(String method, String route, int status) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && status == k.status && route.equals(k.route) && method.equals(k.method);
        }

        @Override
        public int hashCode() {
            return (route.hashCode() * 31 + method.hashCode()) * 31 + status;
        }
    }

    private PrometheusMetrics(Optional<ApplicationDatabase> database, Optional<Container> container) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("http.server.requests.active", inFlight, AtomicInteger::get)
                .description("requests being handled").register(registry);
        database.ifPresent(db -> {
            Gauge.builder("aerie.db.connections.active", db, d -> d.poolStats().active())
                    .description("connections lent to sessions").register(registry);
            Gauge.builder("aerie.db.connections.idle", db, d -> d.poolStats().idle())
                    .description("connections waiting in the pool").register(registry);
            Gauge.builder("aerie.db.connections.pending", db, d -> d.poolStats().waiting())
                    .description("sessions waiting for a connection").register(registry);
            Gauge.builder("aerie.db.connections.max", db, d -> d.config().maxSize())
                    .description("the pool's size (db.pool.max-size)").register(registry);
            TransactionCounts counts = db.transactionCounts();
            // read from the backend's adders at scrape time: a transaction costs no Micrometer call
            FunctionCounter.builder("aerie.db.transactions", counts, TransactionCounts::commits)
                    .description("transactions committed or rolled back (a request's unit of work, withSession, "
                            + "an explicit commit() or rollback())")
                    .tag("backend", db.driver()).tag("outcome", "commit").register(registry);
            FunctionCounter.builder("aerie.db.transactions", counts, TransactionCounts::rollbacks)
                    .description("transactions committed or rolled back (a request's unit of work, withSession, "
                            + "an explicit commit() or rollback())")
                    .tag("backend", db.driver()).tag("outcome", "rollback").register(registry);
        });
        // the application's own meters (ApplicationMeters), registered before or after this point
        application = container.flatMap(c -> c.find(MeterRegistry.class))
                .flatMap(r -> r instanceof CompositeMeterRegistry composite ? Optional.of(composite) : Optional.empty());
        application.ifPresent(composite -> composite.add(registry));
    }

    /**
     * The metrics of one server. Calling this links the class, which needs Micrometer: the caller
     * turns a NoClassDefFoundError into a message naming the dependency.
     */
    public static PrometheusMetrics create(Optional<ApplicationDatabase> database, Optional<Container> container) {
        return new PrometheusMetrics(database, container);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        inFlight.incrementAndGet();
        try {
            chain.proceed();
        } finally {
            inFlight.decrementAndGet();
            String route = request.matchingPattern().filter(p -> !p.isEmpty()).orElse(UNMATCHED);
            timer(new Key(request.prologue().method().text(), route, response.status().code()))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(Key key) {
        Timer timer = timers.get(key);
        return timer != null ? timer : timers.computeIfAbsent(key, k -> Timer.builder("http.server.requests")
                .description("HTTP requests by route template")
                .tag("method", k.method())
                .tag("uri", k.route())
                .tag("status", Integer.toString(k.status()))
                .tag("outcome", outcome(k.status()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry));
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }

    /** {@code GET /metrics}. */
    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, CONTENT_TYPE).send(registry.scrape());
    }

    @Override
    public void close() {
        application.ifPresent(composite -> composite.remove(registry));
        gc.close();
        registry.close();
    }
}
