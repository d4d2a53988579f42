package dev.aerie.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The row sources one query level can name (FROM items and joins, or an INSERT/UPDATE/DELETE
 * target), and the enclosing level a correlated sub-query may reach.
 */
final class Scope {
    /**
     * A FROM item by the name SQL code uses for it (its alias, else the table name).
     *
     * @param columns empty when unknown (a function, a sub-query the checker could not follow):
     *     then any column is accepted, never a false error
     */
    record Source(String name, String table, Optional<List<Output>> columns) {
        boolean has(String column) {
            return columns.map(cs -> cs.stream().anyMatch(c -> c.name().map(column::equalsIgnoreCase).orElse(false)))
                    .orElse(false);
        }

        Optional<Output> column(String column) {
            return columns.flatMap(cs -> cs.stream().filter(c -> c.name().map(column::equalsIgnoreCase).orElse(false))
                    .findFirst());
        }

        String display() {
            return name.equalsIgnoreCase(table) ? "`" + table + "`" : "`" + table + "` (as " + name + ")";
        }
    }

    /**
     * One column of a result or source.
     *
     * @param name its label; empty for an expression without an alias (its label differs between databases)
     * @param type when known: a plain column, COUNT, a cast
     * @param text the SQL it came from, for messages
     */
    record Output(Optional<String> name, Optional<SqlSchema.SqlType> type, String text) {}

    private final Optional<Scope> parent;
    private final List<Source> sources = new ArrayList<>();

    Scope(Optional<Scope> parent) {
        this.parent = parent;
    }

    void add(Source source) {
        sources.add(source);
    }

    List<Source> sources() {
        return List.copyOf(sources);
    }

    Optional<Scope> parent() {
        return parent;
    }

    /** The source named {@code name} here or in an enclosing level. */
    Optional<Source> source(String name) {
        for (Scope s = this; s != null; s = s.parent.orElse(null)) {
            for (Source source : s.sources) {
                if (source.name().equalsIgnoreCase(name)) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some source here has unknown columns, so an unqualified name may be one of them. */
    boolean open() {
        return sources.stream().anyMatch(s -> s.columns().isEmpty());
    }

    /** Every known column name here and in enclosing levels, for "did you mean". */
    Set<String> columnNames() {
        Set<String> names = new TreeSet<>();
        for (Scope s = this; s != null; s = s.parent.orElse(null)) {
            s.sources.forEach(src -> src.columns().ifPresent(cs -> cs.forEach(c -> c.name().ifPresent(names::add))));
        }
        return names;
    }

    Set<String> sourceNames() {
        Set<String> names = new TreeSet<>();
        for (Scope s = this; s != null; s = s.parent.orElse(null)) {
            s.sources.forEach(src -> names.add(src.name().toLowerCase(Locale.ROOT)));
        }
        return names;
    }
}
