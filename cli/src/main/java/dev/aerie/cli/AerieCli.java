package dev.aerie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code aerie new <name>} and {@code aerie generate <kind> <name>}: creates Aerie projects and
 * adds modules, controllers, services and resources to them. See docs/scaffolding.md.
 */
@Command(name = "aerie", mixinStandardHelpOptions = true, versionProvider = AerieCli.Version.class,
        description = "Creates Aerie projects and adds code to them.",
        subcommands = {NewCommand.class, GenerateCommand.class})
public final class AerieCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and answers its exit code: 0 done, 1 refused or failed, 2 bad usage. */
    static int execute(String... args) {
        CommandLine cli = new CommandLine(new AerieCli());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CliException refused) {
                line.getErr().println("aerie: " + refused.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: new or generate");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"aerie " + Versions.load().aerie()};
        }
    }
}
