package dev.aerie;

import dev.aerie.api.Container;
import dev.aerie.runtime.internal.ApplicationContainer;
import dev.aerie.runtime.internal.GeneratedContainers;
import dev.aerie.runtime.internal.StartupTrace;
import dev.aerie.runtime.internal.cli.Launcher;
import java.util.List;

/** Starts Aerie applications generated from a root {@code @Module}. */
public final class Aerie {
    private Aerie() {}

    /**
     * Creates and starts the container generated for {@code rootModule}: its {@code @OnStart}
     * hooks have run when this returns. Close it to run the {@code @OnStop} hooks. The generated
     * {@code <RootModule>_Application.create()} does the same without looking the container up.
     *
     * @throws IllegalArgumentException when no container was generated for {@code rootModule}
     */
    public static Container create(Class<?> rootModule) {
        ApplicationContainer container = GeneratedContainers.load(rootModule);
        container.start();
        return container;
    }

    /**
     * The main method of an application. Without a command it creates the container (running the
     * {@code @OnStart} hooks), then serves the application's HTTP routes, prints the URL and keeps
     * running until the JVM is told to stop (SIGTERM, Ctrl-C): then the server stops accepting,
     * finishes in-flight requests, and the {@code @OnStop} hooks run. With a command
     * ({@code routes}, {@code help}, and those libraries add such as {@code db ...}) it runs it and
     * exits with its status. Arguments {@code --key=value} override configuration keys.
     */
    public static void run(Class<?> rootModule, String... args) {
        StartupTrace.mark("main");
        Launcher.Result result = new Launcher(() -> create(rootModule), System.out, System.err).run(List.of(args));
        if (result.server().isPresent()) {
            result.server().get().awaitStop();
        } else {
            System.exit(result.exitStatus());
        }
    }
}
