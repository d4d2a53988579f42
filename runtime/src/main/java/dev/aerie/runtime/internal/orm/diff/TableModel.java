package dev.aerie.runtime.internal.orm.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Aerie's model of one table, as a script leaves it or as the entities describe it: columns in
 * order, the primary key, UNIQUE constraints, foreign keys and indexes. Names are as stored
 * (unquoted; lower case unless quoted otherwise). Constraints and indexes are compared by what
 * they cover, not by name: a renamed table keeps the names of its constraints.
 */
final class TableModel {
    /** A column: {@code type} in the script's spelling, normalised ({@code VARCHAR(200)}). */
    record Column(String name, String type, boolean nullable, Optional<String> defaultValue, boolean identity) {
        Column renamed(String to) {
            return new Column(to, type, nullable, defaultValue, identity);
        }
    }

    /** A PRIMARY KEY or UNIQUE constraint. */
    record Key(String name, List<String> columns) {
        Key {
            columns = List.copyOf(columns);
        }
    }

    /** {@code onDelete} is {@code CASCADE}, {@code SET NULL}, {@code RESTRICT} or {@code NO ACTION} (the default). */
    record ForeignKey(String name, List<String> columns, String table, List<String> referenced, String onDelete) {
        ForeignKey {
            columns = List.copyOf(columns);
            referenced = List.copyOf(referenced);
        }

        /** What the foreign key covers, without its name. */
        String shape() {
            return columns + "->" + table + referenced + " " + onDelete;
        }
    }

    record Index(String name, List<String> columns, boolean unique) {
        Index {
            columns = List.copyOf(columns);
        }
    }

    String name;
    final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
    Optional<Key> primaryKey = Optional.empty();
    final List<Key> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    /** Entities only: {@code @Entity(formerly)}. */
    Optional<String> formerly = Optional.empty();
    /** Entities only: {@code @Column(formerly)}, by current column name. */
    final Map<String, String> formerColumns = new LinkedHashMap<>();

    TableModel(String name) {
        this.name = name;
    }

    /** Renames column {@code from} to {@code to} here and in this table's keys and indexes. */
    void renameColumn(String from, String to) {
        LinkedHashMap<String, Column> renamed = new LinkedHashMap<>();
        columns.forEach((name, column) -> renamed.put(name.equals(from) ? to : name,
                name.equals(from) ? column.renamed(to) : column));
        columns.clear();
        columns.putAll(renamed);
        UnaryOperator<List<String>> rename = list -> list.stream().map(c -> c.equals(from) ? to : c).toList();
        primaryKey = primaryKey.map(key -> new Key(key.name(), rename.apply(key.columns())));
        uniques.replaceAll(key -> new Key(key.name(), rename.apply(key.columns())));
        foreignKeys.replaceAll(fk -> new ForeignKey(fk.name(), rename.apply(fk.columns()), fk.table(), fk.referenced(), fk.onDelete()));
        indexes.replaceAll(index -> new Index(index.name(), rename.apply(index.columns()), index.unique()));
    }

    /** Drops column {@code name} with the constraints and indexes that cover it, as the databases do. */
    void dropColumn(String column) {
        columns.remove(column);
        if (primaryKey.isPresent() && primaryKey.get().columns().contains(column)) {
            primaryKey = Optional.empty();
        }
        uniques.removeIf(key -> key.columns().contains(column));
        foreignKeys.removeIf(fk -> fk.columns().contains(column));
        indexes.removeIf(index -> index.columns().contains(column));
    }

    /** Removes the constraint or index called {@code constraint}; whether there was one. */
    boolean dropNamed(String constraint) {
        if (primaryKey.isPresent() && primaryKey.get().name().equals(constraint)) {
            primaryKey = Optional.empty();
            return true;
        }
        return uniques.removeIf(key -> key.name().equals(constraint))
                | foreignKeys.removeIf(fk -> fk.name().equals(constraint))
                | indexes.removeIf(index -> index.name().equals(constraint));
    }
}
