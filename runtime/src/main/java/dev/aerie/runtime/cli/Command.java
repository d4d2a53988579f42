package dev.aerie.runtime.cli;

/**
 * A command an application answers besides serving HTTP, such as {@code app routes} or
 * {@code app db create}. Implementations live in the runtime (or a library) and are found with
 * {@link java.util.ServiceLoader}: list them in {@code META-INF/services/dev.aerie.runtime.cli.Command}.
 */
public interface Command {

    /** The first argument that selects this command, such as {@code routes} or {@code db}. */
    String name();

    /** One line for {@code app help}, such as {@code "routes  list every HTTP route"}. */
    String usage();

    /** Runs the command; returns the process exit status (0 for success). */
    int run(CommandContext context) throws Exception;
}
