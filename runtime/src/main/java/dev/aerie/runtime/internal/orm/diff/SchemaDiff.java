package dev.aerie.runtime.internal.orm.diff;

import dev.aerie.runtime.internal.orm.diff.MigrationDiff.Step;
import dev.aerie.runtime.internal.orm.diff.TableModel.Column;
import dev.aerie.runtime.internal.orm.diff.TableModel.ForeignKey;
import dev.aerie.runtime.internal.orm.diff.TableModel.Index;
import dev.aerie.runtime.internal.orm.diff.TableModel.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps from the schema the scripts produce ({@code current}, changed as steps are found)
 * to the schema the entities describe ({@code wanted}), in an order every database accepts:
 * renames; foreign keys, keys and indexes that go; tables that go; new tables; new and changed
 * columns; columns that go; new keys and indexes; new foreign keys.
 */
final class SchemaDiff {
    private final SchemaModel current;
    private final SchemaModel wanted;
    private final MigrationSql sql;
    private final List<Step> steps = new ArrayList<>();

    private SchemaDiff(SchemaModel current, SchemaModel wanted, MigrationSql sql) {
        this.current = current;
        this.wanted = wanted;
        this.sql = sql;
    }

    static List<Step> steps(SchemaModel current, SchemaModel wanted, MigrationSql sql) {
        SchemaDiff diff = new SchemaDiff(current, wanted, sql);
        diff.run();
        return List.copyOf(diff.steps);
    }

    private void run() {
        renames();
        List<TableModel> kept = wanted.tables.values().stream().filter(t -> current.tables.containsKey(t.name)).toList();
        // what goes, while the columns it covers still exist
        for (TableModel table : List.copyOf(current.tables.values())) {
            Optional<TableModel> target = wanted.table(table.name);
            if (target.isEmpty()) {
                continue; // its foreign keys, keys and indexes go with it
            }
            Set<String> shapes = target.get().foreignKeys.stream().map(ForeignKey::shape).collect(Collectors.toSet());
            for (ForeignKey fk : List.copyOf(table.foreignKeys)) {
                if (!shapes.contains(fk.shape())) {
                    add(sql.dropConstraint(table.name, fk.name()), table.name + ": foreign key " + fk.name() + " " + fk.columns()
                            + " -> " + fk.table() + " (" + fk.onDelete() + ") goes", "drop_" + fk.name(), Optional.empty());
                    table.foreignKeys.remove(fk);
                }
            }
            TableModel goal = target.get();
            if (table.primaryKey.isPresent() && goal.primaryKey.isEmpty()) {
                add(sql.dropPrimaryKey(table.name, table.primaryKey.get()), table.name + ": primary key "
                        + table.primaryKey.get().columns() + " changes", "key_" + table.name, Optional.empty());
                table.primaryKey = Optional.empty();
            }
            Set<List<String>> uniques = goal.uniques.stream().map(Key::columns).collect(Collectors.toSet());
            for (Key key : List.copyOf(table.uniques)) {
                if (!uniques.contains(key.columns())) {
                    add(sql.dropConstraint(table.name, key.name()), table.name + ": unique constraint " + key.name() + " "
                            + key.columns() + " goes", "drop_" + key.name(), Optional.empty());
                    table.uniques.remove(key);
                }
            }
            for (Index index : List.copyOf(table.indexes)) {
                if (goal.indexes.stream().noneMatch(i -> sameIndex(i, index))) {
                    add(sql.dropIndex(table.name, index), table.name + ": index " + index.name() + " " + index.columns() + " goes",
                            "drop_" + index.name(), Optional.empty());
                    table.indexes.remove(index);
                }
            }
        }
        List<TableModel> dropped = new ArrayList<>(current.tables.values().stream().filter(t -> !wanted.tables.containsKey(t.name)).toList());
        Collections.reverse(dropped);
        for (TableModel table : dropped) {
            add(sql.dropTable(table.name), "table " + table.name + " goes", "drop_" + table.name,
                    Optional.of("drops table " + table.name + " and every row in it"));
            current.tables.remove(table.name);
        }
        for (TableModel table : wanted.tables.values()) {
            if (!current.tables.containsKey(table.name)) {
                add(sql.createTable(table), "new table " + table.name, "create_" + table.name, Optional.empty());
                for (Index index : table.indexes) {
                    add(sql.createIndex(table.name, index), table.name + ": new index " + index.name() + " " + index.columns(),
                            "index_" + table.name, Optional.empty());
                }
            }
        }
        for (TableModel goal : kept) {
            columns(current.tables.get(goal.name), goal);
        }
        for (TableModel goal : kept) {
            TableModel table = current.tables.get(goal.name);
            if (table.primaryKey.isEmpty() && goal.primaryKey.isPresent()) {
                add(sql.addPrimaryKey(table.name, goal.primaryKey.get()), table.name + ": primary key " + goal.primaryKey.get().columns(),
                        "key_" + table.name, Optional.empty());
            } else if (goal.primaryKey.isPresent() && !goal.primaryKey.get().columns().equals(table.primaryKey.get().columns())) {
                for (String statement : sql.replacePrimaryKey(table.name, table.primaryKey.get(), goal.primaryKey.get())) {
                    add(statement, table.name + ": primary key " + table.primaryKey.get().columns() + " -> " + goal.primaryKey.get().columns(),
                            "key_" + table.name, Optional.empty());
                }
            }
            Set<List<String>> uniques = table.uniques.stream().map(Key::columns).collect(Collectors.toSet());
            for (Key key : goal.uniques) {
                if (!uniques.contains(key.columns())) {
                    add(sql.addUnique(table.name, key), table.name + ": new unique constraint " + key.name() + " " + key.columns(),
                            "unique_" + String.join("_", key.columns()), Optional.empty());
                }
            }
            for (Index index : goal.indexes) {
                if (table.indexes.stream().noneMatch(i -> sameIndex(i, index))) {
                    add(sql.createIndex(table.name, index), table.name + ": new index " + index.name() + " " + index.columns(),
                            "index_" + String.join("_", index.columns()), Optional.empty());
                }
            }
        }
        for (TableModel goal : kept) {
            TableModel table = current.tables.get(goal.name);
            Set<String> shapes = table.foreignKeys.stream().map(ForeignKey::shape).collect(Collectors.toSet());
            for (ForeignKey fk : goal.foreignKeys) {
                if (!shapes.contains(fk.shape())) {
                    add(sql.addForeignKey(table.name, fk), table.name + ": new foreign key " + fk.name() + " " + fk.columns() + " -> "
                            + fk.table() + " (" + fk.onDelete() + ")", "fk_" + String.join("_", fk.columns()), Optional.empty());
                }
            }
        }
    }

    private static boolean sameIndex(Index a, Index b) {
        return a.columns().equals(b.columns()) && a.unique() == b.unique();
    }

    /** Declared renames of tables and columns that the scripts have not made yet. */
    private void renames() {
        for (TableModel goal : wanted.tables.values()) {
            if (goal.formerly.isPresent() && !current.tables.containsKey(goal.name) && current.tables.containsKey(goal.formerly.get())) {
                add(sql.renameTable(goal.formerly.get(), goal.name), "table " + goal.formerly.get() + " renamed to " + goal.name,
                        "rename_" + goal.formerly.get(), Optional.empty());
                current.renameTable(goal.formerly.get(), goal.name);
            }
        }
        for (TableModel goal : wanted.tables.values()) {
            TableModel table = current.tables.get(goal.name);
            if (table == null) {
                continue;
            }
            goal.formerColumns.forEach((name, former) -> {
                if (!table.columns.containsKey(name) && table.columns.containsKey(former)) {
                    add(sql.renameColumn(table.name, former, name), table.name + ": column " + former + " renamed to " + name,
                            "rename_" + former, Optional.empty());
                    current.renameColumn(table, former, name);
                }
            });
        }
    }

    private void columns(TableModel table, TableModel goal) {
        for (Column column : goal.columns.values()) {
            Column existing = table.columns.get(column.name());
            if (existing == null) {
                Optional<String> loss = !column.nullable() && column.defaultValue().isEmpty() && !column.identity()
                        ? Optional.of("new NOT NULL column " + table.name + "." + column.name() + " has no default: existing rows have no "
                                + "value for it (the step fails on a table with rows, MariaDB fills in the type's zero value)")
                        : Optional.empty();
                add(sql.addColumn(table.name, column), table.name + ": new column " + column.name() + " " + sql.definition(column),
                        "add_" + column.name(), loss);
                continue;
            }
            boolean typeChanged = !ColumnTypes.same(existing.type(), column.type());
            boolean nullChanged = existing.nullable() != column.nullable();
            boolean defaultChanged = !existing.defaultValue().equals(column.defaultValue());
            if (!typeChanged && !nullChanged && !defaultChanged) {
                continue;
            }
            List<String> losses = new ArrayList<>();
            List<String> what = new ArrayList<>();
            if (typeChanged) {
                what.add("type " + existing.type() + " -> " + column.type());
                if (!ColumnTypes.widens(existing.type(), column.type())) {
                    losses.add("narrows " + table.name + "." + column.name() + " from " + existing.type() + " to " + column.type()
                            + ": values that do not fit are cut or make the step fail");
                }
            }
            if (nullChanged) {
                what.add(column.nullable() ? "NULL allowed" : "NOT NULL");
            }
            if (defaultChanged) {
                what.add("default " + existing.defaultValue().orElse("none") + " -> " + column.defaultValue().orElse("none"));
            }
            List<String> statements = new ArrayList<>();
            if (nullChanged && !column.nullable()) {
                if (column.defaultValue().isPresent()) {
                    statements.add(sql.fillNulls(table.name, column));
                } else {
                    losses.add("makes " + table.name + "." + column.name() + " NOT NULL without a default: rows holding NULL there "
                            + "make the step fail (MariaDB sets them to the type's zero value)");
                }
            }
            statements.addAll(sql.changeColumn(table.name, existing, column, typeChanged));
            String description = table.name + ": column " + column.name() + " " + String.join(", ", what);
            for (int i = 0; i < statements.size(); i++) {
                add(statements.get(i), description, "change_" + column.name(),
                        i == 0 && !losses.isEmpty() ? Optional.of(String.join("; ", losses)) : Optional.empty());
            }
            table.columns.put(column.name(), column);
        }
        for (Column column : List.copyOf(table.columns.values())) {
            if (!goal.columns.containsKey(column.name())) {
                add(sql.dropColumn(table.name, column.name()), table.name + ": column " + column.name() + " goes", "drop_" + column.name(),
                        Optional.of("drops column " + table.name + "." + column.name() + " and every value in it"));
                table.dropColumn(column.name());
            }
        }
    }

    private void add(String statement, String change, String slug, Optional<String> loss) {
        steps.add(new Step(statement, change, slug, loss));
    }
}
