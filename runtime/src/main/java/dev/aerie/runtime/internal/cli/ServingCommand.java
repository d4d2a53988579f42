package dev.aerie.runtime.internal.cli;

import dev.aerie.runtime.cli.Command;
import dev.aerie.runtime.cli.CommandContext;
import java.util.Optional;

/**
 * A command that keeps running after the launcher returns, such as {@code serve} (also what runs
 * without a command): the launcher does not close its container, which the command closes itself
 * when it stops. For Aerie's own modules; not an API.
 */
public interface ServingCommand extends Command {

    /**
     * Starts; empty when it could not, having said why on {@code context.err()} (the launcher then
     * closes the container and exits with 1).
     */
    Optional<Running> start(CommandContext context);

    /** Run as a plain command: starts, then blocks until it stops. */
    @Override
    default int run(CommandContext context) {
        Optional<Running> running = start(context);
        running.ifPresent(Running::awaitStop);
        return running.isPresent() ? 0 : 1;
    }
}
