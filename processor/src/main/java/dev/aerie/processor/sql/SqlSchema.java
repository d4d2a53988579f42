package dev.aerie.processor.sql;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables the SQL checker knows: the compilation's entities and those recorded by the
 * compilations it imports. Names are compared case-insensitively, as unquoted SQL names are.
 */
public record SqlSchema(Map<String, Table> tables) {

    public SqlSchema {
        Map<String, Table> byName = new TreeMap<>();
        tables.values().forEach(t -> byName.put(t.name().toLowerCase(Locale.ROOT), t));
        tables = java.util.Collections.unmodifiableMap(byName);
    }

    public static SqlSchema of(Collection<Table> tables) {
        Map<String, Table> byName = new TreeMap<>();
        tables.forEach(t -> byName.putIfAbsent(t.name().toLowerCase(Locale.ROOT), t));
        return new SqlSchema(byName);
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The table of the entity class {@code qualifiedName}, if it is one. */
    Optional<Table> entity(String qualifiedName) {
        return tables.values().stream().filter(t -> t.entity().filter(qualifiedName::equals).isPresent()).findFirst();
    }

    /**
     * One table, its columns in table order.
     *
     * @param entity the entity class's qualified name, when known (this compilation's entities)
     */
    public record Table(String name, List<Column> columns, Optional<String> entity) {
        public Table {
            columns = List.copyOf(columns);
        }

        public Table(String name, List<Column> columns) {
            this(name, columns, Optional.empty());
        }

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        }

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /**
     * @param generated the database assigns it (a {@code @GeneratedValue} id)
     * @param nullable it may hold NULL; an INSERT may leave out only nullable and generated columns
     */
    public record Column(String name, SqlType type, boolean nullable, boolean generated) {}

    /** What a column holds, coarsely: enough to tell that a text column cannot fill an {@code int}. */
    public enum SqlType {
        TEXT, INTEGER, DECIMAL, BOOLEAN, UUID, DATE, TIMESTAMP, BYTES;

        /** Whether a value of this type can be read as {@code into}: equal, or number into number. */
        boolean fits(SqlType into) {
            return this == into || (numeric() && into.numeric()) || (this == DATE && into == TIMESTAMP)
                    || (this == TIMESTAMP && into == DATE);
        }

        private boolean numeric() {
            return this == INTEGER || this == DECIMAL;
        }

        String display() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
