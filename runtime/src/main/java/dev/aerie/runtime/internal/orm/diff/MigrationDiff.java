package dev.aerie.runtime.internal.orm.diff;

import dev.aerie.runtime.internal.db.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between the schema an application's entities describe (the DDL the processor
 * wrote, with its {@code -- aerie:} rename directives) and the schema its migration scripts
 * produce, as the statements of the next script. Both sides are read by the same
 * {@link ScriptReader} into {@link TableModel}s, so the comparison is between like and like.
 * For the db commands and aerie-test; not an API.
 */
public final class MigrationDiff {
    private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9._]*)__(.+)\\.sql");
    private static final Pattern TABLE_RENAME = Pattern.compile("table (\\S+) formerly (\\S+)");
    private static final Pattern COLUMN_RENAME = Pattern.compile("column (\\S+)\\.(\\S+) formerly (\\S+)");

    private MigrationDiff() {}

    /** A migration script: its file name ({@code V2__add_isbn.sql}) and text. */
    public record Script(String fileName, String sql) {}

    /**
     * One statement of the next script. {@code change} says what it changes ({@code books: new
     * column isbn VARCHAR(20)}); {@code slug} is a word for the script's name; {@code loss} says
     * what data a destructive step loses.
     */
    public record Step(String sql, String change, String slug, Optional<String> loss) {}

    /** The steps for {@code dialect}; empty when the scripts produce what the entities describe. */
    public record Result(Dialect dialect, List<Step> steps, int nextVersion) {
        public Result {
            steps = List.copyOf(steps);
        }

        public boolean upToDate() {
            return steps.isEmpty();
        }

        public List<Step> destructive() {
            return steps.stream().filter(step -> step.loss().isPresent()).toList();
        }

        /** The distinct changes, in order. */
        public List<String> changes() {
            return steps.stream().map(Step::change).distinct().toList();
        }

        /** The file name of the next script. */
        public String fileName(String name) {
            return "V" + nextVersion + "__" + name + ".sql";
        }

        /** The next script: a header, then each statement, a destructive one after its {@code -- loses data:} comment. */
        public String script(String name) {
            StringBuilder out = new StringBuilder()
                    .append("-- ").append(fileName(name)).append(" for ").append(new MigrationSql(dialect).displayName())
                    .append(": written by 'app db diff' from the @Entity classes. Review it, then commit it;\n")
                    .append("-- once applied it is never edited (the next change goes into the next script).\n");
            for (Step step : steps) {
                out.append('\n');
                step.loss().ifPresent(loss -> out.append("-- loses data: ").append(loss).append('\n'));
                out.append(step.sql()).append(";\n");
            }
            return out.toString();
        }
    }

    /**
     * Compares the entities' DDL for {@code dialect} with {@code scripts} (any order: they are
     * replayed in version order).
     *
     * @throws MigrationScriptException when a script holds a table statement that cannot be read
     */
    public static Result compare(Dialect dialect, String entityDdl, List<Script> scripts) {
        SchemaModel current = new SchemaModel();
        int last = 0;
        for (Script script : ordered(scripts)) {
            new ScriptReader(current, script.fileName()).apply(script.sql());
            last = Math.max(last, major(script.fileName()));
        }
        SchemaModel wanted = new SchemaModel();
        List<String> directives = new ScriptReader(wanted, "the entities' DDL (" + dialect.id() + ")").apply(entityDdl);
        for (String directive : directives) {
            Matcher table = TABLE_RENAME.matcher(directive);
            Matcher column = COLUMN_RENAME.matcher(directive);
            if (table.matches()) {
                wanted.table(table.group(1)).ifPresent(t -> t.formerly = Optional.of(table.group(2)));
            } else if (column.matches()) {
                wanted.table(column.group(1)).ifPresent(t -> t.formerColumns.put(column.group(2), column.group(3)));
            }
        }
        return new Result(dialect, SchemaDiff.steps(current, wanted, new MigrationSql(dialect)), last + 1);
    }

    /** The versioned scripts in directory {@code folder}. */
    public static List<Script> scripts(java.nio.file.Path folder) {
        return ClasspathScripts.FolderScripts.read(folder);
    }

    /** Whether {@code fileName} is a versioned script ({@code V<version>__<description>.sql}). */
    public static boolean versioned(String fileName) {
        return SCRIPT.matcher(fileName).matches();
    }

    /** Scripts in Flyway's version order (numeric parts compared as numbers). */
    static List<Script> ordered(List<Script> scripts) {
        List<Script> sorted = new ArrayList<>(scripts.stream().filter(s -> versioned(s.fileName())).toList());
        sorted.sort(Comparator.comparing(Script::fileName, MigrationDiff::compareVersions));
        return sorted;
    }

    private static int compareVersions(String a, String b) {
        List<Long> x = parts(a);
        List<Long> y = parts(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            long p = i < x.size() ? x.get(i) : 0;
            long q = i < y.size() ? y.get(i) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static List<Long> parts(String fileName) {
        Matcher m = SCRIPT.matcher(fileName);
        if (!m.matches()) {
            return List.of();
        }
        List<Long> parts = new ArrayList<>();
        for (String part : m.group(1).split("[._]")) {
            if (!part.isEmpty()) {
                parts.add(Long.parseLong(part));
            }
        }
        return parts;
    }

    private static int major(String fileName) {
        List<Long> parts = parts(fileName);
        return parts.isEmpty() ? 0 : parts.get(0).intValue();
    }
}
