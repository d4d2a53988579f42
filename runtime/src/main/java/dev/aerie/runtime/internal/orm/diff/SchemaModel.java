package dev.aerie.runtime.internal.orm.diff;

import java.util.LinkedHashMap;
import java.util.Optional;

/** The tables of a schema in the order they were created (referenced tables first, as scripts create them). */
final class SchemaModel {
    final LinkedHashMap<String, TableModel> tables = new LinkedHashMap<>();

    Optional<TableModel> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** Renames a table; foreign keys of other tables follow it, as in the databases. */
    void renameTable(String from, String to) {
        LinkedHashMap<String, TableModel> renamed = new LinkedHashMap<>();
        tables.forEach((name, table) -> {
            if (name.equals(from)) {
                table.name = to;
            }
            renamed.put(table.name, table);
        });
        tables.clear();
        tables.putAll(renamed);
        for (TableModel table : tables.values()) {
            table.foreignKeys.replaceAll(fk -> fk.table().equals(from)
                    ? new TableModel.ForeignKey(fk.name(), fk.columns(), to, fk.referenced(), fk.onDelete()) : fk);
        }
    }

    /** Renames a column of {@code table}; foreign keys that reference it follow it. */
    void renameColumn(TableModel table, String from, String to) {
        table.renameColumn(from, to);
        for (TableModel other : tables.values()) {
            other.foreignKeys.replaceAll(fk -> fk.table().equals(table.name)
                    ? new TableModel.ForeignKey(fk.name(), fk.columns(), fk.table(),
                            fk.referenced().stream().map(c -> c.equals(from) ? to : c).toList(), fk.onDelete())
                    : fk);
        }
    }
}
