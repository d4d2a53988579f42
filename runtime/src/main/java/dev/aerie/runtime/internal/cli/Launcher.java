package dev.aerie.runtime.internal.cli;

import dev.aerie.api.Container;
import dev.aerie.runtime.cli.Command;
import dev.aerie.runtime.cli.CommandContext;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.StartupTrace;
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
    /** The command that runs when none is given. */
    private static final String SERVE = "serve";
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
    public Result run(List<String> commandLine) {
        List<String> words = commandLine.stream().filter(arg -> !(arg.startsWith("--") && arg.indexOf('=') > 2)).toList();
        String name = words.isEmpty() ? SERVE : words.get(0);
        List<Command> commands = commands();
        StartupTrace.mark("commands found");
        List<String> args = commands.stream().filter(c -> c.name().equals(name) && c instanceof SettingCommand)
                .map(c -> withSettings((SettingCommand) c, commandLine)).findFirst().orElse(commandLine);
        AerieConfig config = AerieConfig.load(args);
        StartupTrace.mark("configuration read");
        Supplier<Container> starting = () -> AerieConfig.whileStarting(config, containerFactory);
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
        CommandContext context = new CommandContext(words.isEmpty() ? List.of() : words.subList(1, words.size()), config,
                container, out, err);
        if (command.get() instanceof ServingCommand serving) {
            return serve(serving, context, container);
        }
        try {
            int status = command.get().run(context);
            return new Result(status, Optional.empty());
        } catch (Exception e) {
            err.println(name + " failed: " + e.getMessage());
            return new Result(1, Optional.empty());
        } finally {
            container.close();
        }
    }

    /** Starts {@code serving}; its container stays open unless it could not start. */
    private static Result serve(ServingCommand serving, CommandContext context, LazyContainer container) {
        Optional<Running> running;
        try {
            running = serving.start(context);
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
        if (running.isEmpty()) {
            container.close();
            return new Result(1, Optional.empty());
        }
        return new Result(0, running);
    }

    /** The command's own settings first: a later {@code --key=value} overrides an earlier one. */
    private static List<String> withSettings(SettingCommand command, List<String> commandLine) {
        List<String> args = new ArrayList<>(command.settings(AerieConfig.load(commandLine)));
        args.addAll(commandLine);
        return List.copyOf(args);
    }

    private static List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        ServiceLoader.load(Command.class, Launcher.class.getClassLoader()).forEach(commands::add);
        commands.sort(Comparator.comparing(Command::name));
        return commands;
    }

    private static void help(List<Command> commands, PrintStream to) {
        to.println("Usage: app [command] [--key=value ...]");
        to.println("  (no command)  the same as serve");
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
    public record Result(int exitStatus, Optional<Running> server) {}

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
