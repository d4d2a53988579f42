package dev.aerie.runtime.internal.cli;

import dev.aerie.runtime.cli.Command;
import dev.aerie.runtime.config.AerieConfig;
import java.util.List;

/**
 * A command that needs configuration of its own, such as {@code train} (a free loopback port, an
 * in-memory database): the launcher puts these {@code --key=value} settings before the command
 * line's, so what the user gives still wins, and the container is created with them. For Aerie's
 * own modules; not an API.
 */
public interface SettingCommand extends Command {

    /** The settings, as {@code --key=value}, given the configuration without them. */
    List<String> settings(AerieConfig configured);
}
