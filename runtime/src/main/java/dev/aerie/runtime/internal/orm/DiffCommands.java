package dev.aerie.runtime.internal.orm;

import dev.aerie.api.db.Database;
import dev.aerie.runtime.cli.CommandContext;
import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.orm.diff.MigrationCheck;
import dev.aerie.runtime.internal.orm.diff.MigrationDiff;
import dev.aerie.runtime.internal.orm.diff.MigrationScriptException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code app db diff --name N [--dialect D] [--allow-destructive] [--dir FOLDER]} writes the next
 * script of every dialect that has a migration folder in the sources; {@code app db check}
 * compares the scripts on the class path with the entities and fails listing the differences.
 * Neither connects to a database. For {@link DbCommand}.
 */
final class DiffCommands {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    /** Where {@code db diff} finds and writes the scripts unless {@code --dir} or a {@code filesystem:} location says otherwise. */
    static final String SOURCE_FOLDER = "src/main/resources/db/migration/{dialect}";

    private DiffCommands() {}

    static int diff(List<String> args, CommandContext context) {
        Optional<String> name = option(args, "--name").or(() -> context.config().get("name"));
        if (name.isEmpty() || !NAME.matcher(name.get()).matches()) {
            context.err().println("Usage: app db diff --name <name> [--dialect h2|postgresql|mariadb] [--allow-destructive] [--dir <folder>]"
                    + " -- the name (letters, digits, _) becomes the script's V<n>__<name>.sql");
            return 2;
        }
        boolean allowDestructive = args.contains("--allow-destructive") || context.config().getBoolean("allow-destructive", false);
        Optional<String> named = option(args, "--dialect").or(() -> context.config().get("dialect"));
        List<Dialect> dialects = new ArrayList<>();
        if (named.isPresent()) {
            Optional<Dialect> known = Dialect.byId(named.get());
            if (known.isEmpty()) {
                context.err().println("Unknown dialect '" + named.get() + "'; use h2, postgresql or mariadb (or mysql).");
                return 2;
            }
            dialects.add(known.get());
        }
        String folders = option(args, "--dir").or(() -> context.config().get("dir")).map(dir -> dir + "/{dialect}")
                .orElseGet(() -> sourceFolder(MigrationSettings.from(context.config())));
        if (dialects.isEmpty()) {
            for (Dialect dialect : Dialect.values()) {
                if (Files.isDirectory(folder(folders, dialect))) {
                    dialects.add(dialect);
                }
            }
        }
        if (dialects.isEmpty()) {
            context.err().println("No migration folder: " + folders + " does not exist for any dialect. Create "
                    + folders.replace("{dialect}", "h2") + "/V1__init.sql (start from 'app db ddl --dialect h2' without IF NOT EXISTS), "
                    + "or pass --dir <folder holding h2/, postgresql/, mariadb/>.");
            return 1;
        }
        Optional<ApplicationDatabase> application = context.container().get().find(Database.class).map(ApplicationDatabase::of);
        if (application.isEmpty()) {
            context.err().println("The application has no database schema: it has no @Entity classes, or aerie-processor "
                    + "is not on the compiler's annotationProcessorPaths.");
            return 1;
        }
        List<MigrationDiff.Result> results = new ArrayList<>();
        for (Dialect dialect : dialects) {
            Path folder = folder(folders, dialect);
            if (!Files.isDirectory(folder)) {
                context.err().println("No migration folder for " + dialect.id() + ": " + folder + " does not exist.");
                return 1;
            }
            String ddl = application.get().script(dialect).orElseThrow();
            try {
                results.add(MigrationDiff.compare(dialect, ddl, MigrationDiff.scripts(folder)));
            } catch (MigrationScriptException e) {
                context.err().println(folder + "/" + e.getMessage());
                return 1;
            }
        }
        if (results.stream().allMatch(MigrationDiff.Result::upToDate)) {
            context.out().println("Nothing to do: the scripts in " + folders + " (" + ids(dialects) + ") match the entities.");
            return 0;
        }
        List<String> refused = new ArrayList<>();
        for (MigrationDiff.Result result : results) {
            result.destructive().forEach(step -> refused.add(result.dialect().id() + ": " + step.loss().orElseThrow()));
        }
        if (!refused.isEmpty() && !allowDestructive) {
            context.err().println("Refused: " + refused.size() + " step(s) would lose data, and no script was written:");
            refused.forEach(loss -> context.err().println("  - " + loss));
            context.err().println("If that is intended, run it again with --allow-destructive (each step then carries a "
                    + "'-- loses data:' comment); for a rename, declare it with @Column(formerly = \"...\") or @Entity(formerly = \"...\").");
            return 1;
        }
        for (MigrationDiff.Result result : results) {
            if (result.upToDate()) {
                continue;
            }
            Path file = folder(folders, result.dialect()).resolve(result.fileName(name.get()));
            if (Files.exists(file)) {
                context.err().println(file + " exists already; choose another --name.");
                return 1;
            }
            try {
                Files.writeString(file, result.script(name.get()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            context.out().println("Wrote " + file + " (" + result.steps().size() + " statements"
                    + (result.destructive().isEmpty() ? "" : ", " + result.destructive().size() + " losing data") + ").");
        }
        context.out().println("Review the scripts, apply them with 'app db migrate', then commit them.");
        return 0;
    }

    static int check(CommandContext context) {
        ClassLoader loader = context.container().get().getClass().getClassLoader();
        List<MigrationDiff.Result> results;
        try {
            results = MigrationCheck.results(loader, MigrationSettings.from(context.config())::location);
        } catch (MigrationScriptException e) {
            context.err().println(e.getMessage());
            return 1;
        }
        if (results.isEmpty()) {
            context.err().println("No migrations to check: no db/migration/<dialect>/ scripts beside the entities' schema on the class path.");
            return 1;
        }
        if (results.stream().allMatch(MigrationDiff.Result::upToDate)) {
            context.out().println("The migrations match the entities (" + ids(results.stream().map(MigrationDiff.Result::dialect).toList()) + ").");
            return 0;
        }
        context.err().println(MigrationCheck.message(results));
        return 1;
    }

    /** The source folder of the scripts: a {@code filesystem:} location as given, a {@code classpath:} one under src/main/resources. */
    static String sourceFolder(MigrationSettings settings) {
        String location = settings.location();
        if (location.startsWith("filesystem:")) {
            return location.substring("filesystem:".length());
        }
        return location.startsWith("classpath:") ? "src/main/resources/" + location.substring("classpath:".length()) : SOURCE_FOLDER;
    }

    private static Path folder(String folders, Dialect dialect) {
        return Path.of(folders.replace("{dialect}", dialect.id()));
    }

    private static String ids(List<Dialect> dialects) {
        return String.join(", ", dialects.stream().map(Dialect::id).toList());
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
