package dev.aerie.runtime.db;

import dev.aerie.runtime.db.EntityTable.ColumnInfo;
import dev.aerie.runtime.db.EntityTable.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One entity table as the Vert.x backend runs it, worked out once per table: every generated
 * statement with {@code $n} markers (numbered by the processor), the INSERT with {@code RETURNING} the id (the generated
 * INSERT leaves the key to the driver), the id column, and the row reader.
 */
record PgTable<T>(EntityTable<T> table, Map<Statement, String> statements, String insertReturning, ColumnInfo id,
                  List<ColumnInfo> key, PgRows<T> rows) {

    static <T> PgTable<T> of(EntityTable<T> table) {
        Map<Statement, String> statements = new EnumMap<>(Statement.class);
        for (Statement statement : Statement.values()) {
            statements.put(statement, table.numberedSql(statement));
        }
        List<ColumnInfo> key = SessionRules.keyColumns(table);
        ColumnInfo id = key.get(0);
        String insertReturning = statements.get(Statement.INSERT) + " RETURNING " + Dialect.POSTGRESQL.quote(id.name());
        return new PgTable<>(table, statements, insertReturning, id, key, PgRows.inOrder(table));
    }

    String sql(Statement statement) {
        return statements.get(statement);
    }
}
