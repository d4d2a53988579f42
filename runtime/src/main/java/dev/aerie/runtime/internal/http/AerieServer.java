package dev.aerie.runtime.internal.http;

import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.StartupTrace;
import dev.aerie.runtime.internal.cli.Running;
import dev.aerie.runtime.internal.health.Health;
import dev.aerie.runtime.internal.health.TableCreation;
import dev.aerie.runtime.internal.metrics.PrometheusMetrics;
import dev.aerie.runtime.internal.orm.MigrationSettings;
import dev.aerie.runtime.internal.orm.StartupMigration;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.json.Json;
import io.helidon.http.DirectHandler.EventType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The running HTTP server of an application: Helidon's webserver with the routes of the
 * application's generated {@link HttpApplication}, configured from {@code server.*}.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public final class AerieServer implements AutoCloseable, Running {
    private final WebServer server;
    private final String host;
    private final Health health;
    private final Duration shutdownDelay;
    private final Optional<TableCreation> tables;
    private final Optional<PrometheusMetrics> metrics;
    private final RequestTracking tracking;
    private volatile boolean mainWaits;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    private AerieServer(WebServer server, String host, Health health, Duration shutdownDelay, Optional<TableCreation> tables,
                        Optional<PrometheusMetrics> metrics, RequestTracking tracking) {
        this.server = server;
        this.tracking = tracking;
        this.metrics = metrics;
        this.host = host;
        this.health = health;
        this.shutdownDelay = shutdownDelay;
        this.tables = tables;
    }

    /**
     * Starts serving the routes of the application in {@code container}; fails naming the fix
     * when the container has no HTTP routes.
     */
    public static AerieServer start(Container container, AerieConfig config) {
        HttpApplication application = container.find(HttpApplication.class).orElseThrow(() -> new IllegalStateException(
                "The application has no HTTP routes: list a @Controller class in the controllers of a @Module "
                        + "and make sure the aerie-processor runs on your sources"));
        Optional<ApplicationDatabase> database = Health.databaseOf(container);
        ClassLoader loader = container.getClass().getClassLoader();
        Health health = Health.of(database, application.healthChecks(), config);
        // The migrations (and the first statement, which builds JDBI) run on their own thread while the routes
        // are built and the listener opens; StartGate holds requests until they are done, so none meets the old
        // schema, and readiness says 503 meanwhile. This returns once they are, failing the start if they failed.
        Optional<CompletableFuture<Void>> migrating = database
                .filter(db -> MigrationSettings.from(config).migrateAtStart(db.sqlDialect(), loader))
                .map(db -> migrateInBackground(db, config, loader, health));
        if (migrating.isPresent() && config.getBoolean("db.create-tables", false)) {
            awaitMigrations(migrating.get()); // tables after migrations, as before: Flyway fails on a table it did not make
        }
        Optional<TableCreation> tables = database.filter(db -> config.getBoolean("db.create-tables", false))
                .map(db -> TableCreation.start(db, config.getDuration("db.create-tables-retry", Duration.ofSeconds(2))));
        AerieServer server;
        try {
            server = start(application, config, database, health, tables, migrating, Optional.of(container));
        } catch (RuntimeException e) {
            tables.ifPresent(TableCreation::close);
            migrating.ifPresent(StartGate::awaitQuietly);
            throw e;
        }
        if (migrating.isPresent()) {
            try {
                awaitMigrations(migrating.get());
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            StartupTrace.mark("migrations applied");
        }
        return server;
    }

    private static CompletableFuture<Void> migrateInBackground(ApplicationDatabase database, AerieConfig config, ClassLoader loader,
                                                               Health health) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().name("aerie-migrations").daemon().start(() -> {
            try {
                StartupMigration.apply(database, MigrationSettings.from(config), loader);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                return;
            }
            // the first readiness probe, here rather than in the first request: it builds JDBI and runs its first statements
            health.warmUp();
            done.complete(null);
        });
        return done;
    }

    /** Waits for the migrations; rethrows their failure as it was thrown. */
    private static void awaitMigrations(CompletableFuture<Void> migrating) {
        try {
            migrating.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Starts serving the routes of {@code application}. Returns once the port accepts connections. */
    public static AerieServer start(HttpApplication application, AerieConfig config) {
        return start(application, config, Optional.empty(), Health.of(Optional.empty(), application.healthChecks(), config),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AerieServer start(HttpApplication application, AerieConfig config, Optional<ApplicationDatabase> database,
                                     Health health, Optional<TableCreation> tables, Optional<CompletableFuture<Void>> migrating,
                                     Optional<Container> container) {
        ServerSettings settings = ServerSettings.from(config);
        boolean healthRoutes = config.getBoolean("health.enabled", true);
        Duration shutdownDelay = config.getDuration("server.shutdown-delay", Duration.ZERO);
        RequestTracking tracking = new RequestTracking(AccessLog.from(config));
        Optional<PrometheusMetrics> metrics = config.getBoolean("metrics.enabled", false)
                ? Optional.of(metrics(database, container)) : Optional.empty();
        Endpoints endpoints = new Endpoints(Json.create(settings.jsonLimits()), new Problems(),
                application.listeners(), settings.maxPayloadSize(), application.routes(), settings.requestTimeout());
        java.util.Optional<Cors> cors = CorsSettings.from(config).map(allowed -> new Cors(allowed, endpoints));
        endpoints.unmatchedCatcher(application.catcher(endpoints));
        List<HttpService> services = application.services(endpoints);
        java.util.Optional<byte[]> openApi = application.openApiResource().flatMap(OpenApi::load);
        // The docs page shows /openapi.json: without the document there is nothing to show.
        Optional<ApiDocs> docs = openApi.isPresent() ? ApiDocs.from(config, AerieServer.class.getClassLoader()) : Optional.empty();
        ProblemDirectHandler problems = new ProblemDirectHandler();
        DirectHandlers.Builder direct = DirectHandlers.builder();
        for (EventType type : EventType.values()) {
            direct.addHandler(type, problems);
        }
        // Protocols stay as Helidon discovers them: registering HTTP/1.1 by hand added a second
        // handler that dropped HTTP/1.0 and over-long requests without an answer.
        StartupTrace.mark("routes built");
        WebServer server = WebServer.builder()
                .config(config.helidon().get("server"))
                .host(settings.host())
                .port(settings.port())
                .maxPayloadSize(settings.maxPayloadSize())
                .shutdownGracePeriod(settings.shutdownGracePeriod())
                // Aerie's launcher stops the server itself, then runs the @OnStop hooks: Helidon's own
                // hook would race it and let stop hooks run while requests are still in flight.
                .shutdownHook(false)
                .directHandlers(direct.build())
                .routing(routing -> {
                    routing.addFilter(tracking); // first: every response has its id, the application's filters see it
                    migrating.ifPresent(work -> routing.addFilter(new StartGate(work)));
                    metrics.ifPresent(routing::addFilter);
                    if (settings.maxInFlightRequests() > 0) { // after metrics: shed requests are counted
                        routing.addFilter(new ConcurrencyLimit(settings.maxInFlightRequests()));
                    }
                    application.filters().forEach(routing::addFilter); // outside CORS: they see preflights too
                    cors.ifPresent(routing::addFilter);
                    HttpRules rules = new GetAlsoAnswersHead(routing);
                    for (HttpService service : services) {
                        // Straight into the top-level rules: register(service) nests the routes one
                        // level deeper, and walking that level was ~7 % of a request's CPU time.
                        // (The generated services have no beforeStart/afterStop to lose.)
                        service.routing(rules);
                    }
                    openApi.ifPresent(document -> rules.get(OpenApi.PATH, new OpenApi(document)));
                    docs.ifPresent(pages -> pages.register(rules));
                    metrics.ifPresent(handler -> rules.get(PrometheusMetrics.PATH, handler));
                    if (healthRoutes) { // after the application's routes: one of its own at these paths wins
                        HealthRoutes.register(rules, health);
                    }
                    routing.any(endpoints::unmatched);
                })
                .build()
                .start();
        StartupTrace.mark("webserver listening");
        if (!server.isRunning() || server.port() < 0) {
            // Helidon logs a listener that cannot bind and returns a server without a port.
            server.stop();
            metrics.ifPresent(AerieServer::close);
            tracking.close();
            throw new ServerStartException("Cannot listen on " + settings.host() + ":" + settings.port()
                    + " (the port is in use or not allowed): stop what uses it, or choose another port with "
                    + "server.port (environment SERVER_PORT, argument --server.port=...)");
        }
        return new AerieServer(server, settings.host(), health, shutdownDelay, tables, metrics, tracking);
    }

    /** The port the server listens on (the one picked when {@code server.port} is 0). */
    @Override
    public int port() {
        return server.port();
    }

    /** The address the server is bound to, such as {@code http://0.0.0.0:8080} (every interface) or {@code http://127.0.0.1:8080}. */
    @Override
    public String url() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** Whether a main thread waits in {@link #awaitStop()}: then this server is what the JVM runs for. */
    boolean ownsTheJvm() {
        return mainWaits;
    }

    /**
     * Readiness turns 503 at once; after {@code server.shutdown-delay} (so a load balancer polling
     * readiness stops sending) the server stops accepting connections and waits for in-flight
     * requests (up to {@code server.shutdown-grace-period}).
     */
    @Override
    public void stop() {
        try {
            health.stopping();
            tracking.stopping();
            tables.ifPresent(TableCreation::close);
            if (server.isRunning() && shutdownDelay.isPositive()) {
                Thread.sleep(shutdownDelay);
            }
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        } finally {
            metrics.ifPresent(AerieServer::close);
            tracking.close();
            stopped.countDown();
        }
    }

    /** Blocks until {@link #stop()} has finished (for a main thread that should live as long as the server). */
    @Override
    public void awaitStop() {
        mainWaits = true;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The metrics; fails naming the dependency when Micrometer is absent (linking PrometheusMetrics needs it). */
    private static PrometheusMetrics metrics(Optional<ApplicationDatabase> database, Optional<Container> container) {
        try {
            return PrometheusMetrics.create(database, container);
        } catch (NoClassDefFoundError missing) {
            throw new IllegalStateException("metrics.enabled is true, but Micrometer's Prometheus registry is not on the "
                    + "class path (" + missing.getMessage() + " is missing): add the dependency "
                    + "io.micrometer:micrometer-registry-prometheus (version in aerie-bom), or set metrics.enabled: false",
                    missing);
        }
    }

    /**
     * Not {@code PrometheusMetrics::close}: linking that method reference links the class, which
     * needs Micrometer, an optional dependency absent unless metrics are enabled.
     */
    private static void close(PrometheusMetrics metrics) {
        metrics.close();
    }
}
