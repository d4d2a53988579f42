package dev.aerie.runtime.internal.orm.diff;

import dev.aerie.runtime.internal.db.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The build-time check (run by aerie-test before the first test of an application with
 * migrations, and by {@code app db check}): for each dialect whose scripts are on the class path,
 * the scripts must produce the schema the entities of the same class path entry (the same
 * compilation: {@code target/classes} holds both {@code db/migration/} and the processor's
 * {@code META-INF/aerie/schema/}) describe. For aerie-test and the db commands; not an API.
 */
public final class MigrationCheck {
    private static final Set<String> PASSED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private MigrationCheck() {}

    /**
     * The results of every dialect and class path entry with scripts; each names its dialect.
     * {@code location} gives the scripts' location of a dialect ({@code MigrationSettings::location}).
     */
    public static List<MigrationDiff.Result> results(ClassLoader loader, Function<Dialect, String> location) {
        List<MigrationDiff.Result> results = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            String where = location.apply(dialect);
            if (!where.startsWith("classpath:")) {
                continue;
            }
            for (ClasspathScripts.Entry entry : ClasspathScripts.find(loader, where.substring("classpath:".length()))) {
                Optional<String> ddl = entry.resource("META-INF/aerie/schema/" + dialect.id() + ".sql");
                ddl.ifPresent(script -> results.add(MigrationDiff.compare(dialect, script, entry.scripts())));
            }
        }
        return results;
    }

    /**
     * Fails with {@link #message} when the scripts on {@code loader}'s class path do not produce
     * what the entities describe; each class path entry is checked once per JVM.
     */
    public static void verify(ClassLoader loader, Function<Dialect, String> location) {
        String key = System.identityHashCode(loader) + location.apply(Dialect.H2);
        if (PASSED.contains(key)) {
            return;
        }
        List<MigrationDiff.Result> results = results(loader, location);
        if (results.stream().anyMatch(result -> !result.upToDate())) {
            throw new IllegalStateException(message(results));
        }
        PASSED.add(key);
    }

    /** Each differing table and column per dialect, and the {@code db diff} command that writes the missing script. */
    public static String message(List<MigrationDiff.Result> results) {
        StringBuilder out = new StringBuilder("The entities describe a schema the migration scripts do not produce:\n");
        Set<String> slugs = new LinkedHashSet<>();
        for (MigrationDiff.Result result : results) {
            if (result.upToDate()) {
                continue;
            }
            out.append("  ").append(result.dialect().id()).append(" (next script V").append(result.nextVersion()).append("):\n");
            for (String change : result.changes()) {
                out.append("    - ").append(change).append('\n');
            }
            result.steps().forEach(step -> slugs.add(step.slug()));
        }
        out.append("Write the missing script with:\n    app db diff --name ").append(suggestedName(slugs))
                .append("\nthen review it and commit it (docs/migrations.md).");
        return out.toString();
    }

    /** A script name from the first changes ({@code add_isbn}, {@code add_isbn_and_create_tags}). */
    static String suggestedName(Set<String> slugs) {
        List<String> first = slugs.stream().limit(2).toList();
        String name = String.join("_and_", first).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
        return name.length() > 60 ? name.substring(0, 60) : name.isEmpty() ? "schema_change" : name;
    }
}
