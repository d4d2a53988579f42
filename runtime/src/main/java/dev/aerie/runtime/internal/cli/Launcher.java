package dev.aerie.runtime.internal.cli;

import dev.aerie.api.Container;
import dev.aerie.runtime.cli.Command;
import dev.aerie.runtime.cli.CommandContext;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import dev.aerie.runtime.internal.http.ServerStartException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Used by {@code Aerie.run}: with no command argument, starts the application and serves HTTP
 * until the JVM is told to stop; otherwise runs the {@link Command} named by the first argument
 * ({@code routes}, {@code db ...}, {@code help}). Arguments {@code --key=value} are configuration
 * overrides wherever they appear.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public final class Launcher {
    private final Supplier<Container> containerFactory;
    private final PrintStream out;
    private final PrintStream err;

    public Launcher(Supplier<Container> containerFactory, PrintStream out, PrintStream err) {
        this.containerFactory = containerFactory;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs what {@code args} ask for. Serving returns once the server accepts connections (a
     * shutdown hook stops it and closes the container); a command returns its exit status.
     */
    public Result run(List<String> args) {
        AerieConfig config = AerieConfig.load(args);
        List<String> words = args.stream().filter(arg -> !(arg.startsWith("--") && arg.indexOf('=') > 2)).toList();
        Supplier<Container> starting = () -> AerieConfig.whileStarting(args, containerFactory);
        if (words.isEmpty() || words.get(0).equals("serve")) {
            return serve(starting, config);
        }
        String name = words.get(0);
        List<Command> commands = commands();
        if (name.equals("help") || name.equals("--help")) {
            help(commands, out);
            return new Result(0, Optional.empty());
        }
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            err.println("Unknown command '" + name + "'.");
            help(commands, err);
            return new Result(2, Optional.empty());
        }
        LazyContainer container = new LazyContainer(starting);
        try {
            int status = command.get().run(new CommandContext(words.subList(1, words.size()), config, container, out, err));
            return new Result(status, Optional.empty());
        } catch (Exception e) {
            err.println(name + " failed: " + e.getMessage());
            return new Result(1, Optional.empty());
        } finally {
            container.close();
        }
    }

    private Result serve(Supplier<Container> starting, AerieConfig config) {
        // Start hooks run while the container is created, so they finish before the port opens.
        Container container = starting.get();
        AerieServer server;
        try {
            server = AerieServer.start(container, config);
        } catch (ServerStartException e) {
            container.close();
            err.println(e.getMessage());
            return new Result(1, Optional.empty());
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("aerie-shutdown").unstarted(() -> {
            // Stop accepting and finish in-flight requests first; then the stop hooks may release what requests used.
            server.stop();
            container.close();
        }));
        out.println("Aerie is serving on " + server.url());
        return new Result(0, Optional.of(server));
    }

    private static List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        ServiceLoader.load(Command.class, Launcher.class.getClassLoader()).forEach(commands::add);
        commands.sort(Comparator.comparing(Command::name));
        return commands;
    }

    private static void help(List<Command> commands, PrintStream to) {
        to.println("Usage: app [command] [--key=value ...]");
        to.println("  (no command)  start the application and serve HTTP");
        for (Command command : commands) {
            to.println("  " + command.usage());
        }
        to.println("  help          show this list");
    }

    /**
     * What {@link #run} did.
     *
     * @param exitStatus the status to exit with (0 when serving)
     * @param server     the running server, when serving
     */
    public record Result(int exitStatus, Optional<AerieServer> server) {}

    /** Creates the container on first use only, so commands that need none start nothing. */
    private static final class LazyContainer implements Supplier<Container> {
        private final Supplier<Container> factory;
        private Container container;

        LazyContainer(Supplier<Container> factory) {
            this.factory = factory;
        }

        @Override
        public Container get() {
            if (container == null) {
                container = factory.get();
            }
            return container;
        }

        void close() {
            if (container != null) {
                container.close();
            }
        }
    }
}
