package dev.aerie.runtime.internal.orm;

import dev.aerie.api.db.Database;
import dev.aerie.runtime.cli.Command;
import dev.aerie.runtime.cli.CommandContext;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.Schema;
import java.util.List;
import java.util.Optional;

/**
 * {@code app db create}, {@code app db drop} and {@code app db ddl [--dialect X]}: the schema of
 * the application's {@code @Entity} classes, as the processor wrote it. {@code create} and
 * {@code drop} connect with the command's configuration, so {@code --db.url=...} on the command
 * line is honoured; {@code ddl} connects to nothing.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public final class DbCommand implements Command {
    private static final String USAGE = "db create|drop|ddl [--dialect h2|postgresql|mariadb] | db migrate [--target V]|status|baseline [--version V] | db diff --name N [--dialect X] [--allow-destructive] | db check";

    @Override
    public String name() {
        return "db";
    }

    @Override
    public String usage() {
        return "db create|drop|ddl [--dialect X]  create or drop the tables of the @Entity classes, or print their DDL\n"
                + "  db migrate [--target V]|status|baseline [--version V]  apply, list or baseline the Flyway migrations\n"
                + "  db diff --name N [--dialect X] [--allow-destructive]  write the next migration script from the entities\n"
                + "  db check  fail when the migration scripts do not produce the schema of the entities";
    }

    @Override
    public int run(CommandContext context) {
        List<String> args = context.args();
        if (args.isEmpty()) {
            context.err().println("Usage: app " + USAGE);
            return 2;
        }
        return switch (args.get(0)) {
            case "ddl" -> ddl(context, args.subList(1, args.size()));
            case "create" -> schema(context, true);
            case "drop" -> schema(context, false);
            // not linked unless asked for: only these need Flyway
            case "migrate", "status", "baseline" -> MigrationCommands.run(args.get(0), args.subList(1, args.size()), context);
            case "diff" -> DiffCommands.diff(args.subList(1, args.size()), context);
            case "check" -> DiffCommands.check(context);
            default -> {
                context.err().println("Unknown db command '" + args.get(0) + "'. Usage: app " + USAGE);
                yield 2;
            }
        };
    }

    private static int ddl(CommandContext context, List<String> args) {
        // "--dialect x" arrives as two words; "--dialect=x" as the configuration key "dialect"
        int option = args.indexOf("--dialect");
        Optional<String> named = option >= 0 && option + 1 < args.size()
                ? Optional.of(args.get(option + 1)) : context.config().get("dialect");
        Dialect dialect;
        if (named.isPresent()) {
            Optional<Dialect> known = Dialect.byId(named.get());
            if (known.isEmpty()) {
                context.err().println("Unknown dialect '" + named.get() + "'; use h2, postgresql or mariadb (or mysql).");
                return 2;
            }
            dialect = known.get();
        } else {
            dialect = DatabaseConfig.from(context.config().helidon()).dialect();
        }
        // the application's own scripts: a test compilation may put others of the same name on the class path
        Optional<String> script = context.container().get().find(Database.class)
                .flatMap(database -> ApplicationDatabase.of(database).script(dialect));
        if (script.isEmpty()) {
            context.err().println(noEntities());
            return 1;
        }
        context.out().print(script.get());
        return 0;
    }

    private static int schema(CommandContext context, boolean create) {
        Optional<ApplicationDatabase> application = context.container().get().find(Database.class)
                .map(ApplicationDatabase::of);
        if (application.isEmpty()) {
            context.err().println(noEntities());
            return 1;
        }
        Schema schema = application.get().schema();
        try (ApplicationDatabase database = ApplicationDatabase.create(context.config().helidon(), schema)) {
            if (create) {
                database.createAll();
            } else {
                database.dropAll();
            }
            context.out().println((create ? "Created" : "Dropped") + " the tables of " + schema.entities().size()
                    + " entities (" + database.dialect() + ").");
        }
        return 0;
    }

    private static String noEntities() {
        return "The application has no database schema: it has no @Entity classes, or aerie-processor "
                + "is not on the compiler's annotationProcessorPaths.";
    }
}
