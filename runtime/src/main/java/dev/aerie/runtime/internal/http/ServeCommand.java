package dev.aerie.runtime.internal.http;

import dev.aerie.api.Container;
import dev.aerie.runtime.cli.CommandContext;
import dev.aerie.runtime.internal.StartupTrace;
import dev.aerie.runtime.internal.cli.Running;
import dev.aerie.runtime.internal.cli.ServingCommand;
import java.util.Optional;

/**
 * {@code app serve}, and {@code app} with no command: serves the application's HTTP routes until
 * the JVM is told to stop; then the server stops accepting, finishes in-flight requests, and the
 * container closes ({@code @OnStop} hooks). For the launcher; not an API.
 */
public final class ServeCommand implements ServingCommand {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "serve         start the application and serve HTTP (also what runs without a command)";
    }

    @Override
    public Optional<Running> start(CommandContext context) {
        // Start hooks run while the container is created, so they finish before the port opens.
        Container container = context.container().get();
        StartupTrace.mark("container started");
        AerieServer server;
        try {
            server = AerieServer.start(container, context.config());
        } catch (ServerStartException e) {
            context.err().println(e.getMessage());
            return Optional.empty();
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("aerie-shutdown").unstarted(() -> {
            long began = System.nanoTime();
            // Stop accepting and finish in-flight requests first; then the stop hooks may release what requests used.
            server.stop();
            container.close();
            context.out().println("Aerie stopped: in-flight requests drained and stop hooks run in "
                    + java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms; exiting with status 0");
            context.out().flush();
            if (server.ownsTheJvm()) {
                // a clean drain is a clean exit: without this a SIGTERM leaves the JVM's status 143
                Runtime.getRuntime().halt(0);
            }
        }));
        context.out().println("Aerie is serving on " + server.url()
                + (server.url().contains("//0.0.0.0:") || server.url().contains("//[::]:") ? " (every interface)" : ""));
        return Optional.of(server);
    }
}
