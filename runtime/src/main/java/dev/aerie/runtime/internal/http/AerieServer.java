package dev.aerie.runtime.internal.http;

import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.cli.Running;
import dev.aerie.runtime.json.Json;
import io.helidon.http.DirectHandler.EventType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * The running HTTP server of an application: Helidon's webserver with the routes of the
 * application's generated {@link HttpApplication}, configured from {@code server.*}.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public final class AerieServer implements AutoCloseable, Running {
    private final WebServer server;
    private final String host;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    private AerieServer(WebServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving the routes of the application in {@code container}; fails naming the fix
     * when the container has no HTTP routes.
     */
    public static AerieServer start(Container container, AerieConfig config) {
        HttpApplication application = container.find(HttpApplication.class).orElseThrow(() -> new IllegalStateException(
                "The application has no HTTP routes: list a @Controller class in the controllers of a @Module "
                        + "and make sure the aerie-processor runs on your sources"));
        return start(application, config);
    }

    /** Starts serving the routes of {@code application}. Returns once the port accepts connections. */
    public static AerieServer start(HttpApplication application, AerieConfig config) {
        ServerSettings settings = ServerSettings.from(config);
        Endpoints endpoints = new Endpoints(Json.create(settings.jsonLimits()), Problems.loadMappers(),
                application.listeners(), settings.maxPayloadSize(), application.routes());
        java.util.Optional<Cors> cors = CorsSettings.from(config).map(allowed -> new Cors(allowed, endpoints));
        List<HttpService> services = application.services(endpoints);
        java.util.Optional<byte[]> openApi = application.openApiResource().flatMap(OpenApi::load);
        ProblemDirectHandler problems = new ProblemDirectHandler();
        DirectHandlers.Builder direct = DirectHandlers.builder();
        for (EventType type : EventType.values()) {
            direct.addHandler(type, problems);
        }
        // Protocols stay as Helidon discovers them: registering HTTP/1.1 by hand added a second
        // handler that dropped HTTP/1.0 and over-long requests without an answer.
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
                    cors.ifPresent(routing::addFilter);
                    HttpRules rules = new GetAlsoAnswersHead(routing);
                    for (HttpService service : services) {
                        // Straight into the top-level rules: register(service) nests the routes one
                        // level deeper, and walking that level was ~7 % of a request's CPU time.
                        // (The generated services have no beforeStart/afterStop to lose.)
                        service.routing(rules);
                    }
                    openApi.ifPresent(document -> rules.get(OpenApi.PATH, new OpenApi(document)));
                    routing.any(endpoints::unmatched);
                })
                .build()
                .start();
        if (!server.isRunning() || server.port() < 0) {
            // Helidon logs a listener that cannot bind and returns a server without a port.
            server.stop();
            throw new ServerStartException("Cannot listen on " + settings.host() + ":" + settings.port()
                    + " (the port is in use or not allowed): stop what uses it, or choose another port with "
                    + "server.port (environment SERVER_PORT, argument --server.port=...)");
        }
        return new AerieServer(server, settings.host());
    }

    /** The port the server listens on (the one picked when {@code server.port} is 0). */
    @Override
    public int port() {
        return server.port();
    }

    /** The URL to reach the server, such as {@code http://localhost:8080}. */
    @Override
    public String url() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port();
    }

    /** Stops accepting connections and waits for in-flight requests (up to {@code server.shutdown-grace-period}). */
    @Override
    public void stop() {
        try {
            server.stop();
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until {@link #stop()} has finished (for a main thread that should live as long as the server). */
    @Override
    public void awaitStop() {
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
}
