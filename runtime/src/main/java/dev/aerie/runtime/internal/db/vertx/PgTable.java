package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.runtime.internal.db.Dialect;
import dev.aerie.runtime.internal.db.EntityTable;
import dev.aerie.runtime.internal.db.EntityTable.ColumnInfo;
import dev.aerie.runtime.internal.db.EntityTable.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * One entity table as the Vert.x backend runs it, worked out once per table: every generated
 * statement with {@code $n} markers (numbered by the processor), the INSERT with {@code RETURNING} the id (the generated
 * INSERT leaves the key to the driver), the id column, and the row reader.
 */
record PgTable<T>(EntityTable<T> table, Map<Statement, String> statements, String insertReturning, ColumnInfo id,
                  PgRows<T> rows) {

    static <T> PgTable<T> of(EntityTable<T> table) {
        Map<Statement, String> statements = new EnumMap<>(Statement.class);
        for (Statement statement : Statement.values()) {
            statements.put(statement, table.numberedSql(statement));
        }
        ColumnInfo id = table.columns().stream().filter(ColumnInfo::id).findFirst()
                .orElseThrow(() -> new IllegalStateException(table.type().getName() + " has no id column"));
        String insertReturning = statements.get(Statement.INSERT) + " RETURNING " + Dialect.POSTGRESQL.quote(id.name());
        return new PgTable<>(table, statements, insertReturning, id, PgRows.inOrder(table));
    }

    String sql(Statement statement) {
        return statements.get(statement);
    }
}
