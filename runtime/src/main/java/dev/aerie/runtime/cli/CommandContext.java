package dev.aerie.runtime.cli;

import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a {@link Command} works with.
 *
 * @param args      the arguments after the command's name, without {@code --key=value} settings
 * @param config    the application's configuration (with the {@code --key=value} settings applied)
 * @param container the application's container, created (and its start hooks run) on first call;
 *                  the launcher closes it after the command
 * @param out       where results go
 * @param err       where problems go
 */
public record CommandContext(List<String> args, AerieConfig config, Supplier<Container> container, PrintStream out,
                             PrintStream err) {}
