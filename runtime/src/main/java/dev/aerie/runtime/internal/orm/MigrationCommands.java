package dev.aerie.runtime.internal.orm;

import dev.aerie.api.db.Database;
import dev.aerie.runtime.cli.CommandContext;
import java.util.List;
import java.util.Optional;

/**
 * {@code app db migrate [--target V]}, {@code app db status} and {@code app db baseline [--version V]}:
 * Flyway on the configured database ({@code --db.url=...} on the command line is honoured).
 * For the runtime's {@code db} command; not an API.
 */
public final class MigrationCommands {
    private MigrationCommands() {}

    /** Runs {@code sub} ({@code migrate}, {@code status} or {@code baseline}); returns the exit status. */
    public static int run(String sub, List<String> args, CommandContext context) {
        Optional<ApplicationDatabase> found = context.container().get().find(Database.class).map(ApplicationDatabase::of);
        if (found.isEmpty()) {
            context.err().println("The application has no database: it has no @Entity classes, or aerie-processor is not on "
                    + "the compiler's annotationProcessorPaths.");
            return 1;
        }
        ClassLoader loader = context.container().get().getClass().getClassLoader();
        MigrationSettings settings = MigrationSettings.from(context.config());
        ApplicationDatabase database = found.get();
        if (!sub.equals("baseline") && !settings.present(database.sqlDialect(), loader)) {
            context.err().println("No migrations for " + database.dialect() + ": " + settings.location(database.sqlDialect())
                    + " is not on the class path. Put V1__init.sql there (see docs/migrations.md), or use 'app db create' "
                    + "for a project without migrations.");
            return 1;
        }
        Migrations migrations = settings.open(database, loader);
        return switch (sub) {
            case "migrate" -> migrate(migrations, option(args, "--target"), context);
            case "status" -> status(migrations, context);
            default -> baseline(migrations, option(args, "--version").orElse("1"), context);
        };
    }

    private static int migrate(Migrations migrations, Optional<String> target, CommandContext context) {
        Migrations.Applied applied = migrations.migrate(target);
        if (applied.scripts().isEmpty()) {
            context.out().println("Nothing to migrate: the database is at version " + applied.version().orElse("none") + ".");
        } else {
            for (String script : applied.scripts()) {
                context.out().println("Applied " + script);
            }
            context.out().println("The database is at version " + applied.version().orElse("none") + ".");
        }
        return 0;
    }

    private static int status(Migrations migrations, CommandContext context) {
        List<Migrations.Script> scripts = migrations.status();
        if (scripts.isEmpty()) {
            context.out().println("No migrations in " + migrations.location() + ".");
            return 0;
        }
        int description = "DESCRIPTION".length();
        for (Migrations.Script script : scripts) {
            description = Math.max(description, script.description().length());
        }
        String format = "%-8s  %-" + description + "s  %-10s  %s%n";
        context.out().printf(format, "VERSION", "DESCRIPTION", "STATE", "APPLIED AT");
        for (Migrations.Script script : scripts) {
            context.out().printf(format, script.version(), script.description(), script.state(),
                    script.installedOn().map(Object::toString).orElse("-"));
        }
        long pending = scripts.stream().filter(script -> !script.applied()).count();
        context.out().println(pending == 0 ? "Up to date." : pending + " pending: run 'app db migrate'.");
        return 0;
    }

    private static int baseline(Migrations migrations, String version, CommandContext context) {
        migrations.baseline(version);
        context.out().println("Baselined the database at version " + version + ": 'app db migrate' applies the scripts after it.");
        return 0;
    }

    /** {@code --name value} as two words, or {@code --name=value} (which arrives as the configuration key {@code name}). */
    static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
